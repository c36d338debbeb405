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
    // More English
    "Abby", "Ada", "Adele", "Adrienne", "Agnes", "Aileen", "Alexandra", "Alexis", "Alicia", "Alma",
    "Alyssa", "Angelica", "Angie", "Anita", "Annie", "Antoinette", "April", "Ariana", "Audrey",
    "Autumn", "Ava", "Bella", "Bernadette", "Bertha", "Beth", "Bethany", "Betsy", "Bianca",
    "Bonnie", "Brandi", "Brandy", "Brianna", "Brittany", "Brooke", "Camille", "Candace", "Cara",
    "Carla", "Carly", "Carolyn", "Cassandra", "Cecilia", "Celeste", "Charlene", "Chelsea", "Chloe",
    "Cindy", "Colleen", "Connie", "Constance", "Corinne", "Courtney", "Crystal", "Daisy",
    "Danielle", "Daphne", "Dawn", "Delia", "Delores", "Desiree", "Dina", "Dolly", "Dora", "Doreen",
    "Edna", "Eileen", "Elaine", "Eliza", "Ella", "Eloise", "Elsie", "Erica", "Erika", "Erin",
    "Esther", "Ethel", "Eva", "Eve", "Faith", "Felicia", "Florence", "Gabrielle", "Gail",
    "Genevieve", "Georgia", "Geraldine", "Gina", "Ginger", "Gladys", "Glenda", "Gwendolyn", "Haley",
    "Hazel", "Heidi", "Hilda", "Holly", "Hope", "Ida", "Imogen", "Iris", "Isla", "Ivy", "Jade",
    "Janelle", "Janine", "Jasmine", "Jeanette", "Jeanne", "Jenna", "Jenny", "Jo", "Joanne",
    "Jocelyn", "Jodi", "Josie", "Juanita", "Julianne", "Juliet", "June", "Justine", "Kara", "Kate",
    "Katelyn", "Katharine", "Kay", "Kayla", "Kelsey", "Kendra", "Kristen", "Kristin", "Kristina",
    "Krista", "Lacey", "Lana", "Leah", "Leanne", "Lena", "Lillian", "Lily", "Lindsay", "Lindsey",
    "Loretta", "Lorraine", "Lucille", "Luz", "Lynda", "Mabel", "Madeline", "Madison", "Maggie",
    "Mallory", "Mandy", "Marcia", "Margo", "Marian", "Marianne", "Marie", "Marina", "Marion",
    "Marjorie", "Marlene", "Maureen", "Maxine", "Maya", "Meghan", "Melinda", "Mia", "Miranda",
    "Miriam", "Misty", "Monica", "Monique", "Muriel", "Myra", "Nadine", "Naomi", "Nellie", "Nina",
    "Nora", "Norma", "Olive", "Paige", "Patsy", "Paulette", "Pearl", "Peggy", "Penny", "Phyllis",
    "Polly", "Priscilla", "Rachael", "Ramona", "Regina", "Renee", "Rhonda", "Rita", "Roberta",
    "Robyn", "Rochelle", "Rosalind", "Rosemary", "Roxanne", "Ruby", "Sabrina", "Sadie", "Sally",
    "Sara", "Savannah", "Selena", "Serena", "Shannon", "Shauna", "Sheila", "Shelby", "Sherry",
    "Sonia", "Sonya", "Stacey", "Stacy", "Stella", "Sue", "Summer", "Susanna", "Sylvia", "Tabitha",
    "Tamara", "Tammy", "Tanya", "Tara", "Tessa", "Thelma", "Tina", "Tonya", "Tracey", "Trisha",
    "Vanessa", "Vera", "Vicki", "Vickie", "Viola", "Violet", "Vivian", "Wanda", "Whitney", "Wilma",
    "Yvette", "Yvonne", "Zoe",
    // More English
    "Arlene", "Bernice", "Blanche", "Carrie", "Cathy", "Christy", "Clare", "Darlene", "Dorothea",
    "Estelle", "Faye", "Francine", "Georgina", "Henrietta", "Hermione", "Jeannette", "Jolene",
    "Kristy", "Lorna", "Lottie", "Lucinda", "Lorena", "Mae", "Marcy", "Maribel", "Marisol",
    "Marsha", "Matilda", "Maude", "Mavis", "Meredith", "Millie", "Minnie", "Nanette", "Nell",
    "Noreen", "Odette", "Opal", "Ophelia", "Petra", "Philomena", "Rosalie", "Rosalyn", "Rowena",
    "Selma", "Sheryl", "Sybil", "Tamsin", "Trudy", "Verna", "Vivienne", "Winnie", "Zelda", "Renata",
    "Cordelia", "Priyanka", "Delphine", "Beatrix", "Clementine", "Rosamund", "Imelda", "Lorelei",
    // More Spanish, Portuguese, Italian, French
    "Ángela", "Araceli", "Consuelo", "Dulce", "Elisa", "Fernanda", "Graciela", "Inés", "Ines", "Isadora",
    "Josefina", "Leticia", "Lourdes", "Luciana", "Marisela", "Milagros", "Mónica", "Paloma",
    "Rocío", "Soledad", "Yesenia", "Antonella", "Benedetta", "Carolina", "Donatella", "Elisabetta",
    "Federica", "Gabriella", "Ilaria", "Letizia", "Lorenza", "Marcella", "Ornella", "Serafina",
    "Simona", "Valeria", "Vittoria", "Graça", "Anaïs", "Aurélie", "Colette", "Élodie", "Josiane",
    "Juliette", "Lucie", "Madeleine", "Manon", "Martine", "Odile", "Pascale", "Sandrine",
    "Séverine", "Solange", "Virginie", "Ghislaine", "Claudette",
    // More German, Dutch, Nordic, Slavic, Greek
    "Annika", "Astrid", "Britta", "Dagmar", "Elke", "Frida", "Frieda", "Gertrud", "Hanna", "Hedwig",
    "Helga", "Hilde", "Hildegard", "Inga", "Ingeborg", "Karin", "Kirsten", "Liv", "Maren", "Marit",
    "Ragnhild", "Sigrid", "Silke", "Solveig", "Ulla", "Ulrike", "Wiebke", "Anneke", "Femke",
    "Marieke", "Saskia", "Sanne", "Mette", "Pernille", "Tove", "Ebba", "Alena", "Alina", "Bogdana",
    "Daria", "Darya", "Dorota", "Ewa", "Galina", "Halina", "Jelena", "Jolanta", "Katya", "Ksenia",
    "Larisa", "Lyudmila", "Magdalena", "Milena", "Nadezhda", "Oksana", "Polina", "Yelena", "Yulia",
    "Zoya", "Ivana", "Ljiljana", "Marija", "Mirjana", "Snežana", "Vesna", "Dragana", "Jadwiga",
    "Krystyna", "Małgorzata", "Beata", "Elżbieta", "Grażyna", "Iwona", "Marzena", "Urszula",
    "Zuzana", "Hana", "Lenka", "Katalin", "Erzsébet", "Ildikó", "Zsófia", "Ioana", "Mihaela",
    "Eleni", "Katerina", "Despina", "Dimitra", "Vasiliki",
    // More Arabic, Persian, Turkish, South Asian
    "Amal", "Asma", "Dalia", "Farah", "Hala", "Hanan", "Hiba", "Huda", "Jamila", "Khadija", "Lina",
    "Lubna", "Maha", "Manal", "Mona", "Rana", "Reem", "Rasha", "Salma", "Samar", "Sana", "Suha",
    "Wafa", "Yara", "Zeina", "Shirin", "Parisa", "Fariba", "Nasrin", "Roya", "Azadeh", "Leyla",
    "Emine", "Fatma", "Hatice", "Merve", "Esra", "Büşra", "Aishwarya", "Ananya", "Divya", "Geeta",
    "Gita", "Indira", "Jaya", "Kamala", "Lalita", "Madhuri", "Nandini", "Nirmala", "Padma",
    "Parvati", "Preeti", "Radha", "Rani", "Rekha", "Sangeeta", "Savitri", "Seema", "Shanti",
    "Shreya", "Smriti", "Sushma", "Swati", "Usha", "Vandana", "Pratibha", "Farida", "Hasina",
    "Benazir", "Bushra", "Sadia", "Nusrat", "Taslima", "Rubina",
    // More Japanese
    "Yuko", "Keiko", "Akiko", "Haruko", "Naoko", "Yoko", "Emiko", "Michiko", "Sachiko", "Tomoko",
    "Yumiko", "Junko", "Kyoko", "Mariko", "Noriko", "Yoshiko", "Hiroko", "Kazuko", "Masako",
    "Reiko", "Sayaka", "Megumi", "Yukiko", "Fumiko",
    // More African
    "Abena", "Adwoa", "Afua", "Akosua", "Efua", "Yaa", "Chidinma", "Chioma", "Ifeoma", "Nneka",
    "Obiageli", "Funmilayo", "Folasade", "Yetunde", "Titilayo", "Adaora", "Amaka", "Nkechi",
    "Zodwa", "Lindiwe", "Nokuthula", "Thandeka", "Wangari", "Njeri", "Wambui", "Achieng", "Akinyi",
    "Atieno", "Fatoumata", "Aminata", "Mariama", "Aissatou", "Ramatoulaye",
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
    // More English
    "Abraham", "Adrian", "Alan", "Alberto", "Alfred", "Allen", "Alvin", "Andre", "Andres", "Andy",
    "Angelo", "Antoine", "Archie", "Armando", "Arnold", "Barry", "Ben", "Billy", "Blake", "Bobby",
    "Brad", "Bradley", "Brandon", "Brent", "Brett", "Bryan", "Byron", "Calvin", "Carlton", "Cecil",
    "Cedric", "Chad", "Charlie", "Chester", "Christian", "Clarence", "Clark", "Claude", "Clayton",
    "Clifford", "Clifton", "Clinton", "Clyde", "Cody", "Colin", "Conor", "Connor", "Corey", "Craig",
    "Curtis", "Dale", "Dallas", "Damian", "Damon", "Dan", "Danny", "Darius", "Darnell", "Darren",
    "Darrell", "Darryl", "Dave", "Dean", "Derek", "Derrick", "Devin", "Dewey", "Dominic", "Don",
    "Donnie", "Duane", "Dustin", "Dwayne", "Dwight", "Earl", "Eddie", "Edgar", "Edmund", "Edwin",
    "Elijah", "Elliott", "Elmer", "Emmanuel", "Ethan", "Evan", "Felix", "Floyd", "Francis",
    "Franklin", "Fred", "Freddie", "Gabriel", "Garrett", "Gene", "Geoffrey", "Gerard", "Glen",
    "Glenn", "Grant", "Greg", "Guy", "Hank", "Harvey", "Hector", "Herbert", "Herman", "Homer",
    "Horace", "Hubert", "Isaac", "Jake", "Jamal", "Jared", "Jarrod", "Jay", "Jeff", "Jeremiah",
    "Jeremy", "Jerome", "Jimmy", "Joel", "Johnny", "Jon", "Jonah", "Jose", "Josh", "Julian",
    "Julius", "Justin", "Karl", "Ken", "Kent", "Kirk", "Kurt", "Kyle", "Lance", "Leo", "Leon",
    "Leonard", "Leroy", "Lester", "Lewis", "Lloyd", "Lonnie", "Louis", "Lowell", "Lucas", "Luke",
    "Luther", "Lyle", "Malcolm", "Marcus", "Mario", "Marshall", "Marvin", "Mason", "Maurice", "Max",
    "Melvin", "Micah", "Miles", "Milton", "Mitchell", "Morris", "Nathaniel", "Ned", "Nelson",
    "Nick", "Noah", "Norman", "Oliver", "Oscar", "Otis", "Owen", "Perry", "Pete", "Preston",
    "Quentin", "Randall", "Randy", "Ray", "Reginald", "Rex", "Ricky", "Rodney", "Roland", "Ron",
    "Ronnie", "Ross", "Ruben", "Rudy", "Russ", "Ryan", "Sean", "Seth", "Shane", "Shawn", "Sidney",
    "Stanley", "Stuart", "Terrence", "Theo", "Tony", "Travis", "Trevor", "Troy", "Tyler", "Vernon",
    "Victor", "Vince", "Vincent", "Virgil", "Wade", "Wallace", "Warren", "Wesley", "Wilbur",
    "Willard", "Willie", "Winston", "Zachary",
    // More English
    "Ambrose", "Augustus", "Barnaby", "Bartholomew", "Basil", "Benedict", "Bertram", "Cornelius",
    "Cyril", "Dudley", "Ebenezer", "Elias", "Emmett", "Ezekiel", "Ezra", "Fletcher", "Gareth",
    "Gideon", "Godfrey", "Harlan", "Horatio", "Humphrey", "Ignatius", "Irving", "Jasper", "Jethro",
    "Jonas", "Josiah", "Lionel", "Lucian", "Mortimer", "Nigel", "Oswald", "Percival", "Percy",
    "Reuben", "Rupert", "Sebastian", "Silas", "Solomon", "Thaddeus", "Tobias", "Ulysses", "Wendell",
    "Wilfred", "Zachariah", "Gus", "Hamish", "Alastair", "Alistair", "Angus", "Callum", "Fergus",
    "Rhys", "Gethin", "Dafydd", "Iestyn", "Owain", "Liam", "Niall", "Ronan", "Rory", "Cillian",
    "Oisín", "Tadhg", "Colm", "Dermot", "Diarmuid", "Eamon", "Éamon", "Fergal", "Kieran", "Malachy",
    "Brendan", "Aidan",
    // More Spanish, Portuguese, Italian, French
    "Agustín", "Álvaro", "Andrés", "Arturo", "Benito", "César", "Emilio", "Esteban", "Ernesto",
    "Felipe", "Gerardo", "Gonzalo", "Guillermo", "Gustavo", "Héctor", "Ignacio", "Jaime", "Joaquín",
    "Julio", "Leonardo", "Lorenzo", "Marcelo", "Mariano", "Mateo", "Mauricio", "Nicolás", "Octavio",
    "Óscar", "Raúl", "Rodrigo", "Salvador", "Santiago", "Sebastián", "Vicente", "Rigoberto",
    "Alfonso", "Bernardo", "Cristóbal", "Fabián", "Federico", "Gilberto", "Horacio", "Humberto",
    "Leopoldo", "Marcos", "Martín", "Osvaldo", "Patricio", "Ramiro", "Reynaldo", "Rogelio",
    "Rolando", "Ulises", "Adolfo", "Alessandro", "Carlo", "Claudio", "Dario", "Emanuele", "Enzo",
    "Fabio", "Filippo", "Gianluca", "Gianni", "Luca", "Luigi", "Massimo", "Maurizio", "Pietro",
    "Riccardo", "Salvatore", "Sandro", "Silvio", "Stefano", "Tommaso", "Umberto", "Vittorio",
    "Aurelio", "Cesare", "Fabrizio", "Gabriele", "Davide", "Joaquim", "Gonçalo", "Rui", "Duarte",
    "Afonso", "Tiago", "Nuno", "Baptiste", "Benoît", "Bertrand", "Christophe", "Didier", "Étienne",
    "Fabien", "Frédéric", "Gaston", "Gérard", "Guillaume", "Hervé", "Jérôme", "Julien", "Lucien",
    "Marcel", "Mathieu", "Maxime", "Nicolas", "Pascal", "Rémi", "Sébastien", "Thibault", "Yves",
    "Grégoire", "Gilles", "Régis", "Serge", "Arnaud", "Cédric",
    // More German, Dutch, Nordic, Slavic, Greek
    "Anders", "Arne", "Axel", "Bernd", "Björn", "Detlef", "Egon", "Erik", "Ernst", "Fritz",
    "Gerhard", "Gunnar", "Günter", "Günther", "Håkon", "Heinz", "Henrik", "Holger", "Ingo", "Jens",
    "Joachim", "Jörg", "Karsten", "Knut", "Lennart", "Lukas", "Magnus", "Manfred", "Matthias",
    "Mats", "Mikael", "Niklas", "Oskar", "Rainer", "Reinhard", "Rolf", "Rüdiger", "Sigurd", "Sören",
    "Thorsten", "Torsten", "Ulrich", "Uwe", "Volker", "Werner", "Wilhelm", "Joost", "Maarten",
    "Dirk", "Joris", "Sander", "Ruud", "Geert", "Hendrik", "Henk", "Jeroen", "Koen", "Wouter",
    "Erling", "Torbjørn", "Ragnar", "Leif", "Espen", "Kjell", "Aleksandar", "Aleksei", "Alexei",
    "Anatoly", "Andrei", "Andriy", "Bogdan", "Boris", "Dmitry", "Dragan", "Dušan", "Evgeny",
    "Gennady", "Goran", "Igor", "Ilya", "Jaroslav", "Jerzy", "Józef", "Kazimierz", "Konstantin",
    "Krzysztof", "Leonid", "Maksim", "Marek", "Mikhail", "Miloš", "Miroslav", "Nikolai", "Oleg",
    "Oleksandr", "Pavel", "Pavlo", "Petr", "Sergey", "Stanislav", "Taras", "Vadim", "Viktor",
    "Volodymyr", "Vasily", "Yaroslav", "Yuri", "Zoran", "Zbigniew", "Wojciech", "Łukasz", "Mateusz",
    "Paweł", "Andrzej", "Grzegorz", "Jakub", "Janusz", "Tadeusz", "Witold", "Václav", "Jiří",
    "Tomáš", "Zdeněk", "László", "István", "Zoltán", "Gábor", "Ferenc", "Sándor", "Mihai",
    "Gheorghe", "Vasile", "Dimitrios", "Georgios", "Konstantinos", "Nikolaos", "Yannis", "Kostas",
    "Stavros", "Spyros", "Christos",
    // More Arabic, Persian, Turkish, South Asian
    "Abdel", "Abdul", "Adel", "Ahmad", "Amir", "Anwar", "Ashraf", "Ayman", "Bashir", "Bilal",
    "Faisal", "Farid", "Hamid", "Hamza", "Hani", "Hisham", "Imran", "Ismail", "Jamil", "Kamal",
    "Khaled", "Majid", "Mansour", "Marwan", "Mohamed", "Mohammad", "Nabil", "Nasser", "Osama",
    "Rami", "Rashid", "Salah", "Salim", "Sami", "Tarek", "Walid", "Yasser", "Youssef", "Ziad",
    "Reza", "Mehdi", "Hossein", "Javad", "Dariush", "Ahmet", "Emre", "Hakan", "Kemal", "Murat",
    "Recep", "Selim", "Serkan", "Burak", "Aditya", "Ajay", "Akash", "Amit", "Anand", "Anil",
    "Arvind", "Ashok", "Deepak", "Dinesh", "Ganesh", "Gaurav", "Harish", "Jitendra", "Kartik",
    "Manoj", "Mukesh", "Narendra", "Naveen", "Nitin", "Pankaj", "Pradeep", "Rajiv", "Rakesh",
    "Ravi", "Rohit", "Sachin", "Sandeep", "Sanjeev", "Satish", "Siddharth", "Subhash", "Sunil",
    "Vikram", "Vinod", "Vivek", "Yogesh", "Ravindra", "Mahendra", "Rajendra", "Jaswant", "Manmohan",
    "Amitabh", "Abhishek", "Shahid", "Shahzad", "Zulfiqar", "Nawaz", "Asif", "Arif", "Aziz",
    "Farooq", "Iqbal", "Javed", "Kashif", "Nadeem", "Naveed", "Pervez", "Shoaib", "Waqar", "Zubair",
    // More Japanese
    "Hiroshi", "Takeshi", "Kenji", "Koji", "Makoto", "Satoshi", "Shinzo", "Taro", "Yoshihide",
    "Yoshio", "Kazuo", "Masahiro", "Naoki", "Takashi", "Tetsuya", "Haruki", "Kenta", "Daisuke",
    "Ichiro", "Shigeru", "Fumio",
    // More African
    "Abubakar", "Adebayo", "Ademola", "Adewale", "Babatunde", "Chukwuemeka", "Chidi", "Emeka",
    "Ikenna", "Kelechi", "Obinna", "Oluwafemi", "Segun", "Tunde", "Kwabena", "Kwaku",
    "Kwesi", "Kojo", "Kweku", "Jomo", "Kipchoge", "Mamadou", "Ousmane", "Abdoulaye", "Ibrahima",
    "Sekou", "Thulani", "Themba", "Bongani", "Sibusiso", "Mandla", "Tshepo", "Muhammadu", "Aliyu",
];

/// True for a given name readout knows, one that says its bearer's sex
/// (`Grace`, `Mateo`): a word that opens a person's name.
pub(super) fn is_given_name(word: &str) -> bool {
    is_female(word).is_some()
}

/// Most capitalised words of a job the titles lack before a person's name
/// (`Senior Ranger Grace Roe`, `Round Lake Mother Ann Roe`).
pub(super) const MAX_JOB_WORDS: usize = 3;

/// Where a person's name starts inside a run of capitalised words that
/// opens with something else (`Senior Ranger Grace Roe`, `Tarrawong Ann
/// Roe`): the first known given name past the run's first word with a
/// word after it, within its first `reach` words.
pub(super) fn given_name_inside(run: &[&str], reach: usize) -> Option<usize> {
    (1..run.len().saturating_sub(1))
        .take(reach)
        .find(|&i| is_given_name(run[i]))
}

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
        assert_eq!(is_female("Olumide"), None);
    }

    #[test]
    fn no_name_is_in_both_lists() {
        assert!(FEMALE.iter().all(|name| !MALE.contains(name)));
    }
}
