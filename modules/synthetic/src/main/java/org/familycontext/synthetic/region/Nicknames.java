package org.familycontext.synthetic.region;

import java.util.List;
import java.util.Map;

/** The short forms people go by (William: Bill, Will), which services often record instead. */
public final class Nicknames {

    private static final Map<String, List<String>> SHORT_FORMS = Map.ofEntries(
            Map.entry("William", List.of("Bill", "Will", "Billy")),
            Map.entry("Elizabeth", List.of("Liz", "Beth", "Lizzie")),
            Map.entry("Margaret", List.of("Maggie", "Peggy", "Meg")),
            Map.entry("Robert", List.of("Bob", "Rob", "Bobby")),
            Map.entry("Katherine", List.of("Kate", "Katie", "Kathy")),
            Map.entry("Catherine", List.of("Cathy", "Kate", "Cath")),
            Map.entry("Thomas", List.of("Tom", "Tommy")),
            Map.entry("James", List.of("Jim", "Jimmy", "Jamie")),
            Map.entry("Jennifer", List.of("Jenny", "Jen")),
            Map.entry("Michael", List.of("Mike", "Mick")),
            Map.entry("Richard", List.of("Rich", "Rick", "Dick")),
            Map.entry("Christopher", List.of("Chris")),
            Map.entry("Anthony", List.of("Tony")),
            Map.entry("Alexander", List.of("Alex", "Sandy")),
            Map.entry("Daniel", List.of("Dan", "Danny")),
            Map.entry("Matthew", List.of("Matt")),
            Map.entry("Joseph", List.of("Joe", "Joey")),
            Map.entry("Edward", List.of("Ed", "Eddie", "Ted")),
            Map.entry("Samuel", List.of("Sam")),
            Map.entry("Benjamin", List.of("Ben")),
            Map.entry("Charlotte", List.of("Charlie", "Lottie")),
            Map.entry("Victoria", List.of("Vicky", "Tori")),
            Map.entry("Rebecca", List.of("Becky", "Becca")),
            Map.entry("Susan", List.of("Sue", "Suzy")),
            Map.entry("Patricia", List.of("Pat", "Trish")),
            Map.entry("Deborah", List.of("Debbie", "Debs")),
            Map.entry("Jacqueline", List.of("Jackie")),
            Map.entry("Christine", List.of("Chris", "Chrissie")),
            Map.entry("Stephen", List.of("Steve")),
            Map.entry("Nicholas", List.of("Nick")),
            Map.entry("Jonathan", List.of("Jon", "Jonny")),
            Map.entry("Andrew", List.of("Andy", "Drew")),
            Map.entry("David", List.of("Dave")),
            Map.entry("Peter", List.of("Pete")),
            Map.entry("Kenneth", List.of("Ken", "Kenny")),
            Map.entry("Dorothy", List.of("Dot", "Dottie")),
            Map.entry("Frederick", List.of("Fred", "Freddie")),
            Map.entry("Harold", List.of("Harry")),
            Map.entry("Gillian", List.of("Gill")),
            Map.entry("Kathleen", List.of("Kath", "Kathy")),
            Map.entry("Isabella", List.of("Bella", "Izzy")),
            Map.entry("Jessica", List.of("Jess")),
            Map.entry("Abigail", List.of("Abbie", "Abby")),
            Map.entry("Samantha", List.of("Sam", "Sammy")),
            Map.entry("Eleanor", List.of("Ellie", "Nell")),
            Map.entry("Joshua", List.of("Josh")),
            Map.entry("Mohammed", List.of("Mo")),
            Map.entry("Muhammad", List.of("Mo")),
            Map.entry("Emmanuel", List.of("Manny")),
            Map.entry("Oluwaseun", List.of("Seun")),
            Map.entry("Funmilayo", List.of("Funmi")),
            Map.entry("Katarzyna", List.of("Kasia")),
            Map.entry("Magdalena", List.of("Magda")),
            Map.entry("Aleksandra", List.of("Ola")),
            Map.entry("Tomasz", List.of("Tomek")),
            Map.entry("Amelia", List.of("Millie")),
            Map.entry("Alfie", List.of("Alf")));

    private Nicknames() {
    }

    /** The short forms of a given name; empty when it has none. */
    public static List<String> of(String givenName) {
        return SHORT_FORMS.getOrDefault(givenName, List.of());
    }
}
