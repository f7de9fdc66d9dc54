package org.familycontext.synthetic.region;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;

/**
 * Naming traditions found in English councils, with given names by sex (by birth cohort where
 * fashions changed a lot) and surnames, including multi-part ones such as "Van der Berg" and
 * "O'Neill". Weights (per cent) roughly follow a northern English city. Each list is ordered most
 * common first; most people have one of the listed names, the others a rarer one built from name
 * parts ({@link NameFrequency}).
 */
public enum Heritage {
    BRITISH_IRISH(74, 0.18,
            "Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, "
            + "Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Turner, Hill, Harris, Lewis, Cooper, "
            + "Harrison, Ward, Martin, Morris, Moore, Baker, Allen, King, Lee, Scott, Hughes, Edwards, Mitchell, "
            + "Parker, Shaw, Holmes, Lord, Kershaw, Ashworth, Hargreaves, Barlow, Whittaker, Butterworth, "
            + "Greenwood, Sutcliffe, Haworth, Booth, Bailey, Fletcher, Marshall, Chadwick, Schofield, Pickering, "
            + "Lloyd, Price, Morgan, Kelly, Murphy, O'Neill, O'Brien, O'Connor, McDonald, McCarthy, MacLeod, "
            + "Doyle, Byrne, Walsh, Gallagher, Smith-Jones, Lloyd-Evans, Ashton-Clarke, St John, ap Rhys",
            new NameParts("Ash, Brad, Brook, Bur, Cal, Car, Clay, Cold, Cran, Crow, Dal, Dar, Dun, East, Ell, Fair, "
                    + "Farn, Fen, Gold, Gran, Green, Ha, Hal, Har, Hay, Heath, Hol, Horn, Hun, Ing, Kil, King, Knight, "
                    + "Lang, Lee, Lind, Long, Lyn, Mar, Mel, Mid, Mill, Moor, New, North, Oak, Old, Pen, Pres, Rad, "
                    + "Red, Rick, Ring, Rom, Ros, Rud, Sal, Sand, Shel, Sher, Stan, Stock, Stone, Sut, Thorn, Thur, "
                    + "Tod, Wal, War, Wat, Wel, West, Whit, Wil, Win, Wood, Wool, Wy, Yar, Ather",
                    "en, ing, s, er, an",
                    "ley, ton, field, worth, by, ham, wood, well, ford, shaw, croft, den, hurst, more, ridge, bury, "
                    + "gate, thorpe, stone, land, low, cliffe, wick, dale, er"),
            "Margaret, Patricia, Susan, Linda, Christine, Barbara, Elizabeth, Jean, Dorothy, Joan, Sheila, "
            + "Pauline, Carol, Janet, Valerie, Maureen, Sandra, Brenda, Irene, Kathleen, Doreen, Gillian, Ann, "
            + "Jacqueline, Eileen, Mary, Shirley, Sylvia, Marion, Hilary",
            "Sarah, Emma, Claire, Nicola, Lisa, Rachel, Michelle, Joanne, Helen, Louise, Amanda, Karen, Kelly, "
            + "Gemma, Laura, Rebecca, Katherine, Victoria, Jennifer, Deborah, Samantha, Hayley, Donna, "
            + "Stephanie, Catherine, Siân, Zoë, Natalie, Kerry, Elizabeth, Charlotte, Niamh, Siobhan",
            "Olivia, Amelia, Isla, Ava, Emily, Sophia, Grace, Mia, Poppy, Ella, Lily, Evie, Isabella, Sophie, "
            + "Jessica, Freya, Charlotte, Daisy, Ruby, Florence, Millie, Chloe, Phoebe, Eleanor, Harriet, Megan, "
            + "Abigail, Matilda, Elsie, Rosie, Alice, Holly, Katie, Lucy, Aoife, Elizabeth",
            "John, David, Michael, Peter, Robert, Anthony, Brian, Alan, William, James, Kenneth, Keith, Colin, "
            + "Derek, Raymond, Barry, Graham, Roger, Terence, Geoffrey, Ronald, Frederick, Harold, Dennis, "
            + "Gordon, Trevor, Malcolm, Stephen, Richard, Thomas",
            "Paul, Mark, Andrew, Stephen, Christopher, Richard, Matthew, Daniel, Jonathan, Lee, Darren, Craig, "
            + "Gareth, Wayne, Simon, Neil, Jason, Carl, Adam, Ian, Jamie, Ryan, Scott, Stuart, Michael, James, "
            + "Anthony, Nicholas, Benjamin, Thomas, Robert, Seán, Declan",
            "Oliver, George, Harry, Noah, Jack, Leo, Arthur, Oscar, Charlie, Jacob, Thomas, Freddie, Alfie, "
            + "Theo, William, Archie, Joshua, Henry, Samuel, Joseph, Finley, Max, Lucas, Ethan, Alexander, "
            + "Edward, Isaac, Daniel, Tyler, Riley, Mason, Logan, Harrison, James, Ciarán"),
    SOUTH_ASIAN(10, 0.55,
            "Khan, Hussain, Ahmed, Ali, Patel, Begum, Shah, Iqbal, Akhtar, Mahmood, Rahman, Chaudhry, Malik, "
            + "Singh, Kaur, Sharma, Mistry, Sidhu, Bibi, Rashid, De Souza",
            new NameParts("Ah, Bah, Chau, Dar, Far, Gha, Hab, Haq, Jam, Jav, Kab, Kar, Lat, Maq, Meh, Mun, Naz, Noor, "
                    + "Qad, Qur, Raf, Raz, Sab, Sad, Saf, Sar, Tah, Waq, Yas, Zah, Bhat, Dhil, Gar, Gil, Grew, Joh, "
                    + "Man, Pan, Sand, Thak",
                    "a, i, u",
                    "eed, ood, ani, ar, aal, iq, een, deep, wal, ia, ra, ish, al, an, oor, ir"),
            "Aisha, Fatima, Zainab, Maryam, Amina, Ayesha, Nadia, Sana, Priya, Anjali, Sunita, Harpreet, "
            + "Simran, Noor, Hafsa, Khadija, Rukhsana, Shazia, Yasmin, Parveen",
            "Mohammed, Muhammad, Ali, Ahmed, Hassan, Imran, Zain, Ibrahim, Yusuf, Omar, Bilal, Adil, Tariq, "
            + "Arjun, Rajesh, Sanjay, Gurpreet, Harjit, Amir, Ayaan"),
    AFRICAN_CARIBBEAN(5, 0.35,
            "Okafor, Adeyemi, Mensah, Osei, Boateng, Okonkwo, Adebayo, Eze, Nwosu, Campbell, Francis, Grant, "
            + "Bennett, Richards, Johnson, Mohamed, Abdi, Hassan, Williams, Thomas",
            new NameParts("Ade, Ako, Ama, Asa, Ba, Chi, Da, Ek, Fa, Ibe, Ige, Kwa, Nwa, Oba, Ode, Ogu, Oke, Olu, Ona, "
                    + "Osa, Owu, Uche, Ye, Ola",
                    "ba, di, wu",
                    "yemi, wale, nkwo, for, ju, la, eke, bode, nde, kanmi, tunde, si, ga, mah, dipo, nye, chukwu, ebo"),
            "Abena, Adaeze, Chiamaka, Ngozi, Funmilayo, Blessing, Precious, Grace, Esther, Comfort, Keisha, "
            + "Shanice, Tanisha, Aaliyah, Nia, Amara, Zara, Ife",
            "Kwame, Kofi, Chinedu, Emeka, Oluwaseun, Tunde, Segun, Femi, Daniel, Samuel, Emmanuel, Jermaine, "
            + "Tyrone, Marcus, Andre, Kayden, Malachi, Jayden"),
    EAST_EUROPEAN(5, 0.3,
            "Nowak, Kowalski, Wisniewski, Wojcik, Kaminski, Lewandowski, Zielinski, Szymanski, Popescu, "
            + "Ionescu, Dumitru, Horvath, Kovacs, Novak, Balogh, Petrov, Kowalczyk, Mazur",
            new NameParts("Bor, Dab, Gor, Jab, Kac, Kor, Kos, Krol, Lis, Mak, Mal, Nov, Pav, Pol, Rad, Sob, Sok, Stan, "
                    + "Tom, Wal, Wil, Zaj, Dan, Gheor, Mar, Ior, Nic, Pet, Rom, Vas",
                    "an, el, in",
                    "ak, czyk, ek, enko, escu, ich, ik, iak, ov, owski, uk, ewicz, anu, ar"),
            "Agnieszka, Katarzyna, Anna, Magdalena, Joanna, Monika, Ewa, Natalia, Zuzana, Ioana, Elena, Alina, "
            + "Oksana, Iveta, Aleksandra, Julia, Maja, Zofia",
            "Piotr, Tomasz, Krzysztof, Pawel, Marek, Michal, Jakub, Lukasz, Andrei, Mihai, Ion, Vasile, Jan, "
            + "Kamil, Dawid, Filip, Oskar, Mateusz"),
    OTHER(6, 0.3,
            "Chen, Wang, Li, Zhang, Liu, Wong, Nguyen, Tran, Haddad, Mansour, Al-Sayed, El-Amin, Rossi, Russo, "
            + "Ferreira, Da Silva, Van der Berg, De Vries, Van Dijk, Costa, Garcia, Rodriguez",
            new NameParts("Al-Ha, Ben, Bou, Chan, Cho, Fer, Gon, Ha, Hu, Kim, Lam, Lo, Man, Mar, Mor, Pa, Ro, San, Tak, "
                    + "Vil, Yam, Zha, El-Ma, Sou",
                    "an, i",
                    "ng, rez, ddad, ri, ssi, to, no, ga, lli, nez, moto, da, ra, ouz"),
            "Mei, Li Na, Ying, Jia, Leila, Layla, Sara, Mariam, Noura, Maria, Sofia, Giulia, Ana, Ines, Fleur, "
            + "Sanne, Thu, Linh",
            "Wei, Jun, Hao, Karim, Omar, Youssef, Khaled, Marco, Luca, Giovanni, Joao, Pedro, Diego, Jeroen, "
            + "Sven, Minh, Duc, Tomas");

    private final int weight;
    private final NameFrequency surnames;
    private final List<NameFrequency> female;
    private final List<NameFrequency> male;

    /**
     * @param surnameShare the share of people of this heritage with one of its listed surnames
     * @param rarerSurnames the parts its other surnames are made of
     * @param givenNames female then male given names, most common first: three birth cohorts each
     *     (before 1965, to 1994, since) or one list each
     */
    Heritage(int weight, double surnameShare, String surnames, NameParts rarerSurnames, String... givenNames) {
        this.weight = weight;
        this.surnames = new NameFrequency(NameParts.listed(surnames), surnameShare, rarerSurnames);
        int cohorts = givenNames.length / 2;
        List<NameFrequency> girls = new ArrayList<>();
        List<NameFrequency> boys = new ArrayList<>();
        for (int cohort = 0; cohort < cohorts; cohort++) {
            double share = cohorts == 1 ? RarerGivenNames.COMMON_SHARE_UNCOHORTED : RarerGivenNames.COMMON_SHARE[cohort];
            girls.add(new NameFrequency(NameParts.listed(givenNames[cohort]), share, RarerGivenNames.GIRLS));
            boys.add(new NameFrequency(NameParts.listed(givenNames[cohorts + cohort]), share, RarerGivenNames.BOYS));
        }
        this.female = List.copyOf(girls);
        this.male = List.copyOf(boys);
    }

    /** A heritage drawn by its weight. */
    public static Heritage draw(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (Heritage heritage : values()) {
            roll -= heritage.weight;
            if (roll < 0) {
                return heritage;
            }
        }
        return BRITISH_IRISH;
    }

    /** A given name of the sex and birth year, as often as such names are. */
    public String givenName(SplittableRandom random, Gender gender, int birthYear) {
        boolean girl = gender == Gender.FEMALE || (gender != Gender.MALE && random.nextBoolean());
        List<NameFrequency> lists = girl ? female : male;
        int cohort = lists.size() == 1 ? 0 : birthYear < 1965 ? 0 : birthYear < 1995 ? 1 : 2;
        return lists.get(cohort).draw(random);
    }

    /** A surname of this heritage, as often as such names are. */
    public String surname(SplittableRandom random) {
        return surnames.draw(random);
    }

    /** Given names beyond the lists, shared by all heritages (enum constructors cannot read the enum's statics). */
    private static final class RarerGivenNames {
        /** Shares of people with one of a cohort's listed given names: older generations had fewer names. */
        static final double[] COMMON_SHARE = {0.7, 0.55, 0.4};
        static final double COMMON_SHARE_UNCOHORTED = 0.55;
        static final NameParts GIRLS = new NameParts(
                "Ad, Al, Am, An, Ar, Bel, Bri, Cal, Car, Cor, Dar, Del, El, Em, Ev, Fay, Gwen, Har, Is, Jan, Jes, Kat, Ker, "
                + "Lar, Lor, Mar, Mel, Mir, Nat, Nor, Ros, Sal, Ser, Tam, Tes, Val, Win, Yas, Zar",
                "el, an, ar, is, en, or, al",
                "a, ia, ina, ella, ene, ette, ie, ley, lyn, na, nie, ra, ri, sa, issa, eth, wen, elle");
        static final NameParts BOYS = new NameParts(
                "Al, An, Ar, Bar, Ben, Bry, Cal, Car, Cor, Dal, Dar, Dev, Don, Ed, El, Fin, Gar, Gil, Hal, Har, Jar, Jon, "
                + "Kel, Ken, Lan, Len, Mar, Mor, Nel, Ol, Ray, Ron, Rus, Sil, Ster, Tam, Ter, Val, Wal",
                "an, er, ol, in, ar",
                "an, den, don, el, ford, gar, ian, in, ley, lin, on, ric, ry, son, ter, ton, vin, wyn");
    }
}
