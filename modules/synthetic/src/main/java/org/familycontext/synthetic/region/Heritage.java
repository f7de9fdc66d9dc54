package org.familycontext.synthetic.region;

import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;

/**
 * Naming traditions found in English councils, with given names by sex (by birth cohort where
 * fashions changed a lot) and surnames, including multi-part ones such as "Van der Berg" and
 * "O'Neill". Weights (per cent) roughly follow a northern English city.
 */
public enum Heritage {
    BRITISH_IRISH(74,
            "Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, "
            + "Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Turner, Hill, Harris, Lewis, Cooper, "
            + "Harrison, Ward, Martin, Morris, Moore, Baker, Allen, King, Lee, Scott, Hughes, Edwards, Mitchell, "
            + "Parker, Shaw, Holmes, Lord, Kershaw, Ashworth, Hargreaves, Barlow, Whittaker, Butterworth, "
            + "Greenwood, Sutcliffe, Haworth, Booth, Bailey, Fletcher, Marshall, Chadwick, Schofield, Pickering, "
            + "Lloyd, Price, Morgan, Kelly, Murphy, O'Neill, O'Brien, O'Connor, McDonald, McCarthy, MacLeod, "
            + "Doyle, Byrne, Walsh, Gallagher, Smith-Jones, Lloyd-Evans, Ashton-Clarke, St John, ap Rhys",
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
    SOUTH_ASIAN(10,
            "Khan, Hussain, Ahmed, Ali, Patel, Begum, Shah, Iqbal, Akhtar, Mahmood, Rahman, Chaudhry, Malik, "
            + "Singh, Kaur, Sharma, Mistry, Sidhu, Bibi, Rashid, De Souza",
            "Aisha, Fatima, Zainab, Maryam, Amina, Ayesha, Nadia, Sana, Priya, Anjali, Sunita, Harpreet, "
            + "Simran, Noor, Hafsa, Khadija, Rukhsana, Shazia, Yasmin, Parveen",
            "Mohammed, Muhammad, Ali, Ahmed, Hassan, Imran, Zain, Ibrahim, Yusuf, Omar, Bilal, Adil, Tariq, "
            + "Arjun, Rajesh, Sanjay, Gurpreet, Harjit, Amir, Ayaan"),
    AFRICAN_CARIBBEAN(5,
            "Okafor, Adeyemi, Mensah, Osei, Boateng, Okonkwo, Adebayo, Eze, Nwosu, Campbell, Francis, Grant, "
            + "Bennett, Richards, Johnson, Mohamed, Abdi, Hassan, Williams, Thomas",
            "Abena, Adaeze, Chiamaka, Ngozi, Funmilayo, Blessing, Precious, Grace, Esther, Comfort, Keisha, "
            + "Shanice, Tanisha, Aaliyah, Nia, Amara, Zara, Ife",
            "Kwame, Kofi, Chinedu, Emeka, Oluwaseun, Tunde, Segun, Femi, Daniel, Samuel, Emmanuel, Jermaine, "
            + "Tyrone, Marcus, Andre, Kayden, Malachi, Jayden"),
    EAST_EUROPEAN(5,
            "Nowak, Kowalski, Wisniewski, Wojcik, Kaminski, Lewandowski, Zielinski, Szymanski, Popescu, "
            + "Ionescu, Dumitru, Horvath, Kovacs, Novak, Balogh, Petrov, Kowalczyk, Mazur",
            "Agnieszka, Katarzyna, Anna, Magdalena, Joanna, Monika, Ewa, Natalia, Zuzana, Ioana, Elena, Alina, "
            + "Oksana, Iveta, Aleksandra, Julia, Maja, Zofia",
            "Piotr, Tomasz, Krzysztof, Pawel, Marek, Michal, Jakub, Lukasz, Andrei, Mihai, Ion, Vasile, Jan, "
            + "Kamil, Dawid, Filip, Oskar, Mateusz"),
    OTHER(6,
            "Chen, Wang, Li, Zhang, Liu, Wong, Nguyen, Tran, Haddad, Mansour, Al-Sayed, El-Amin, Rossi, Russo, "
            + "Ferreira, Da Silva, Van der Berg, De Vries, Van Dijk, Costa, Garcia, Rodriguez",
            "Mei, Li Na, Ying, Jia, Leila, Layla, Sara, Mariam, Noura, Maria, Sofia, Giulia, Ana, Ines, Fleur, "
            + "Sanne, Thu, Linh",
            "Wei, Jun, Hao, Karim, Omar, Youssef, Khaled, Marco, Luca, Giovanni, Joao, Pedro, Diego, Jeroen, "
            + "Sven, Minh, Duc, Tomas");

    private final int weight;
    private final List<String> surnames;
    private final List<List<String>> female;
    private final List<List<String>> male;

    Heritage(int weight, String surnames, String... givenNames) {
        this.weight = weight;
        this.surnames = split(surnames);
        boolean cohorts = givenNames.length == 6;
        this.female = cohorts ? List.of(split(givenNames[0]), split(givenNames[1]), split(givenNames[2]))
                : List.of(split(givenNames[0]));
        this.male = cohorts ? List.of(split(givenNames[3]), split(givenNames[4]), split(givenNames[5]))
                : List.of(split(givenNames[1]));
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

    /** A given name fashionable for the sex and birth year. */
    public String givenName(SplittableRandom random, Gender gender, int birthYear) {
        boolean girl = gender == Gender.FEMALE || (gender != Gender.MALE && random.nextBoolean());
        List<List<String>> lists = girl ? female : male;
        int cohort = lists.size() == 1 ? 0 : birthYear < 1965 ? 0 : birthYear < 1995 ? 1 : 2;
        return Dice.pick(random, lists.get(cohort));
    }

    public String surname(SplittableRandom random) {
        return Dice.pick(random, surnames);
    }

    private static List<String> split(String names) {
        return List.of(names.split(", "));
    }
}
