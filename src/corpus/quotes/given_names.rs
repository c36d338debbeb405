//! Given names that say whether `he` or `she` may mean their bearer: a
//! pronoun never stands for `Patricia` when it is `he`. Only names borne
//! (nearly) always by one sex across the languages press releases are
//! written in; names given to both (`Jordan`, `Jean`, `Andrea`, `Kim`) are
//! in neither list, so they fit either pronoun.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Given names borne by women.
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    // English
    "Abigail", "Alice", "Alison", "Allison", "Amanda", "Amber", "Amelia", "Amy", "Angela",
    "Ann", "Anna", "Anne", "Annette", "Barbara", "Beatrice", "Betty", "Beverly",
    "Brenda", "Bridget", "Caroline", "Carol", "Catherine", "Charlotte", "Cheryl", "Christina",
    "Christine", "Claire", "Clara", "Cynthia", "Deborah", "Debbie", "Debra", "Denise",
    "Diana", "Diane", "Donna", "Doris", "Dorothy", "Edith", "Eleanor", "Elizabeth", "Ellen",
    "Emily", "Emma", "Evelyn", "Fiona", "Frances", "Gillian", "Gloria", "Grace", "Hannah",
    "Harriet", "Heather", "Helen", "Helena", "Hillary", "Irene", "Isabel", "Isabella", "Jacqueline",
    "Jane", "Janet", "Janice", "Jennifer", "Jessica", "Jill", "Joan", "Joanna", "Josephine",
    "Joyce", "Judith", "Judy", "Julia", "Julie", "Karen", "Katherine", "Kathleen", "Kathryn",
    "Kathy", "Katie", "Kelly", "Kimberly", "Laura", "Lauren", "Linda", "Lisa", "Lois", "Louisa",
    "Louise", "Lucy", "Lydia", "Margaret", "Marilyn", "Martha", "Mary", "Megan", "Melanie",
    "Melissa", "Michelle", "Mildred", "Molly", "Nancy", "Natalie", "Nicole", "Olivia", "Pamela",
    "Patricia", "Paula", "Penelope", "Philippa", "Rachel", "Rebecca", "Rose", "Ruth", "Samantha",
    "Sandra", "Sarah", "Sharon", "Shirley", "Sophia", "Sophie", "Stephanie", "Susan", "Suzanne",
    "Teresa", "Theresa", "Tiffany", "Valerie", "Victoria", "Virginia", "Wendy", "Winifred",
    "Latoya", "Shanice", "Ebony",
    // Spanish, Portuguese, Italian, French
    "Adriana", "Alejandra", "Ana", "Beatriz", "Camila", "Carmen", "Catalina", "Claudia",
    "Daniela", "Dolores", "Elena", "Esperanza", "Francesca", "Gabriela", "Giulia", "Guadalupe",
    "Inês", "Isabela", "Juana", "Lucía", "Luisa", "Marcela", "Margarita", "María", "Maria",
    "Mariana", "Marta", "Mercedes", "Paola", "Pilar", "Raquel", "Rosa", "Rosario", "Silvia",
    "Sofía", "Valentina", "Verónica", "Ximena", "Yolanda", "Amélie", "Brigitte", "Céline",
    "Chantal", "Élise", "Geneviève", "Hélène", "Isabelle", "Josée", "Margaux", "Marguerite",
    "Mathilde", "Nathalie", "Sylvie", "Véronique", "Chiara", "Giovanna", "Lucia", "Rossella",
    // German, Dutch, Nordic, Slavic
    "Birgit", "Brigitta", "Gisela", "Greta", "Gudrun", "Heike", "Ilse",
    "Ingrid", "Johanna", "Katarina", "Katja", "Liesbeth", "Margarethe", "Ursula",
    "Agnieszka", "Anastasia", "Irina", "Katarzyna", "Ludmila", "Natalia", "Natasha", "Olga",
    "Svetlana", "Tatiana", "Zofia",
    // Irish, Welsh, Scottish
    "Aoife", "Bríd", "Caoimhe", "Deirdre", "Eilidh", "Gwen", "Niamh", "Róisín", "Siobhán",
    "Sinéad",
    // Arabic, Persian, Turkish, South Asian
    "Aisha", "Amina", "Fatima", "Layla", "Leila", "Mariam", "Maryam", "Nadia", "Noura",
    "Rania", "Samira", "Yasmin", "Zainab", "Zahra", "Ayşe", "Elif", "Zeynep", "Anjali", "Deepa",
    "Kavita", "Lakshmi", "Meera", "Neha", "Pooja", "Priya", "Sunita", "Lata",
    // African
    "Adaeze", "Amara", "Chiamaka", "Ngozi", "Nomvula", "Thandiwe", "Wanjiru", "Folake",
];

/// Given names borne by men.
#[rustfmt::skip]
const MALE: &[&str] = &[
    // English
    "Aaron", "Adam", "Albert", "Alexander", "Andrew", "Anthony", "Arthur", "Benjamin", "Bernard",
    "Brian", "Bruce", "Carl", "Charles", "Christopher", "Daniel", "David", "Dennis",
    "Desmond", "Donald", "Douglas", "Doug", "Edward", "Eric", "Ernest", "Eugene", "Everett",
    "Frank", "Frederick", "Gary", "George", "Gerald", "Gilbert", "Gordon", "Graham", "Gregory",
    "Harold", "Harry", "Henry", "Howard", "Hugh", "Ian", "Jack", "Jacob", "James", "Jason",
    "Jeffrey", "Jerry", "Jim", "Joe", "John", "Jonathan", "Joseph", "Joshua", "Keith", "Kenneth",
    "Kevin", "Larry", "Lawrence", "Mark", "Martin", "Matthew", "Michael", "Mike",
    "Nathan", "Neil", "Nicholas", "Patrick", "Paul", "Peter", "Philip", "Phillip", "Ralph",
    "Raymond", "Richard", "Robert", "Roger", "Ronald", "Roy", "Russell", "Samuel", "Scott",
    "Simon", "Stephen", "Steven", "Theodore", "Thomas", "Timothy", "Tim", "Todd", "Tom",
    "Walter", "Wayne", "William", "Bill", "Bob", "Dick", "Ted", "Tommy",
    // Spanish, Portuguese, Italian, French
    "Alejandro", "Antonio", "Carlos", "Diego", "Eduardo", "Enrique", "Fernando", "Francisco",
    "Javier", "Jorge", "José", "Juan", "Luis", "Manuel", "Miguel", "Pablo", "Pedro", "Rafael",
    "Ramón", "Ricardo", "Roberto", "Sergio", "Tomás", "João", "Giovanni", "Giuseppe",
    "Marco", "Matteo", "Paolo", "Alain", "François", "Jacques", "Jean-Pierre", "Jean-Luc",
    "Laurent", "Olivier", "Philippe", "Pierre", "Thierry",
    // German, Dutch, Nordic, Slavic
    "Dieter", "Friedrich", "Hans", "Heinrich", "Helmut", "Johannes", "Jürgen", "Klaus", "Stefan",
    "Wolfgang", "Pieter", "Willem", "Jan", "Lars", "Nils", "Olaf", "Sven", "Bjørn", "Aleksandr",
    "Dmitri", "Ivan", "Piotr", "Sergei", "Tomasz", "Vladimir",
    // Irish, Welsh, Scottish
    "Ciarán", "Cormac", "Declan", "Dónal", "Eoin", "Lachlan", "Pádraig", "Seamus", "Seán",
    // Arabic, Persian, Turkish, South Asian
    "Abdullah", "Ahmed", "Ali", "Hassan", "Hussein", "Ibrahim", "Karim", "Khalid", "Mahmoud",
    "Mohammed", "Muhammad", "Mustafa", "Omar", "Tariq", "Yusuf", "Mehmet", "Arjun",
    "Rahul", "Rajesh", "Ramesh", "Sanjay", "Suresh", "Vijay",
    // African
    "Chinedu", "Kwame", "Kofi", "Oluwaseun", "Sipho", "Thabo",
];

/// The sex a given name says, if it says one: `Some(true)` for a woman's,
/// `Some(false)` for a man's.
pub(super) fn is_female(given: &str) -> Option<bool> {
    static SETS: OnceLock<(HashSet<&str>, HashSet<&str>)> = OnceLock::new();
    let (female, male) = SETS.get_or_init(|| {
        (
            FEMALE.iter().copied().collect(),
            MALE.iter().copied().collect(),
        )
    });
    if female.contains(given) {
        Some(true)
    } else if male.contains(given) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_says_a_sex_only_when_borne_by_one() {
        assert_eq!(is_female("Patricia"), Some(true));
        assert_eq!(is_female("Samira"), Some(true));
        assert_eq!(is_female("Joseph"), Some(false));
        assert_eq!(is_female("Jordan"), None);
        assert_eq!(is_female("Andrea"), None);
    }

    #[test]
    fn no_name_is_in_both_lists() {
        assert!(FEMALE.iter().all(|name| !MALE.contains(name)));
    }
}
