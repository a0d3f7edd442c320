"""Common given names, for one weak sign that a two-word name is a person's.

A generic list of a few hundred given names common in British news (English,
Welsh, Scottish, Irish and frequent international names). Names that are also
places or common words ("Jordan", "Victoria", "Hope") are left out on purpose:
the list must never make a place or a thing look like a person.
"""

GIVEN_NAMES = frozenset({
    "Aaron", "Abdul", "Abigail", "Adam", "Adrian", "Ahmed", "Aidan", "Aisha", "Alan", "Albert",
    "Alex", "Alexander", "Alexandra", "Ali", "Alice", "Alison", "Alistair", "Amanda", "Amara",
    "Amelia", "Amir", "Amy", "Ana", "Anastasia", "Andrea", "Andrew", "Angela", "Angus", "Anil",
    "Anita", "Ann", "Anna", "Anne", "Annie", "Anthony", "Antonio", "Aoife", "Arthur", "Ashley",
    "Barbara", "Barry", "Ben", "Benjamin", "Bernard", "Beth", "Bethany", "Bilal", "Bill",
    "Bob", "Brendan", "Brian", "Bruce", "Callum", "Carl", "Carlos", "Carol", "Caroline",
    "Carys", "Catherine", "Ceri", "Cerys", "Charles", "Charlie", "Charlotte", "Chinedu",
    "Chloe", "Chris", "Christine", "Christopher", "Ciaran", "Claire", "Clare", "Colin",
    "Connor", "Craig", "Dafydd", "Daniel", "Danielle", "Darren", "David", "Dean", "Deborah",
    "Declan", "Deepak", "Denis", "Dennis", "Diana", "Diane", "Dmitri", "Donald", "Douglas",
    "Duncan",
    "Edward", "Eilidh", "Eleanor", "Elena", "Elizabeth", "Ellie", "Emily", "Emma", "Eric",
    "Erin", "Ewan", "Farah", "Fatima", "Fiona", "Frances", "Francesca", "Francis", "Frank",
    "Gareth", "Gary", "Gavin", "Geoffrey", "George", "Gerald", "Gethin", "Gillian", "Giovanni",
    "Gordon", "Graham", "Grant", "Gregory", "Gwyneth", "Hamish", "Hannah", "Hans", "Harry",
    "Hassan", "Heather", "Helen", "Henry", "Hiroshi", "Hugh", "Iain", "Ian", "Imran", "Isabel",
    "Isabella", "Ivan", "Jack", "Jacob", "James", "Jamie", "Jane", "Janet", "Jason", "Javier",
    "Jean", "Jennifer", "Jeremy", "Jessica", "Joan", "Joanna", "Joanne", "Joe", "John",
    "Jonathan", "Joseph", "Joshua", "Juan", "Judith", "Julia", "Julie", "Justin", "Karen",
    "Kate", "Katherine", "Kathleen", "Keith", "Kelly", "Kenneth", "Kevin", "Khalid", "Kieran",
    "Klaus", "Kwame", "Laura", "Lauren", "Layla", "Lee", "Leo", "Leonard", "Lewis", "Li",
    "Liam", "Linda", "Lisa", "Louise", "Luc", "Luca", "Lucy", "Luke", "Marco", "Margaret",
    "Maria", "Marie", "Mark", "Martin", "Mary", "Matthew", "Megan", "Michael", "Michelle",
    "Miguel", "Mohamed", "Mohammed", "Morag", "Muhammad", "Nadia", "Natalie", "Neil", "Ngozi",
    "Niamh", "Nicholas", "Nicola", "Nigel", "Olga", "Oliver", "Olivia", "Omar", "Owain",
    "Owen", "Pablo", "Patricia", "Patrick", "Paul", "Paula", "Peter", "Philip", "Pierre",
    "Priya", "Rachel", "Rahul", "Raj", "Ravi", "Raymond", "Rebecca", "Rhodri", "Rhys",
    "Richard", "Robert", "Robin", "Roger", "Ronald", "Rosie", "Ruth", "Ryan", "Sally", "Sam",
    "Samuel", "Sandra", "Sanjay", "Sarah", "Scott", "Sean", "Sergei", "Sharon", "Sian",
    "Simon", "Siobhan", "Sofia", "Sophie", "Stefan", "Stephen", "Steven", "Stuart", "Sunita",
    "Susan", "Tariq", "Thomas", "Timothy", "Tom", "Tony", "Tracy", "Victor", "Vincent", "Wei",
    "Wendy", "William", "Yasmin", "Yuki", "Yusuf", "Zoe",
})

# Names borne mostly by women; a "she" in a stem rules out the others, and a "he"
# these. Names common to both ("Sam", "Alex", "Ceri") are in neither list.
FEMALE_NAMES = frozenset({
    "Abigail", "Aisha", "Alexandra", "Alice", "Alison", "Amanda", "Amara", "Amelia", "Amy",
    "Ana", "Anastasia", "Andrea", "Angela", "Anita", "Ann", "Anna", "Anne", "Annie", "Aoife",
    "Barbara", "Beth", "Bethany", "Caroline", "Carol", "Carys", "Catherine", "Cerys",
    "Charlotte", "Chloe", "Christine", "Claire", "Clare", "Danielle", "Deborah", "Diana",
    "Diane", "Eilidh", "Eleanor", "Elena", "Elizabeth", "Ellie", "Emily", "Emma", "Erin",
    "Farah", "Fatima", "Fiona", "Frances", "Francesca", "Gillian", "Gwyneth", "Hannah",
    "Heather", "Helen", "Isabel", "Isabella", "Jane", "Janet", "Jennifer", "Jessica", "Joan",
    "Joanna", "Joanne", "Judith", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen",
    "Laura", "Lauren", "Layla", "Linda", "Lisa", "Louise", "Lucy", "Margaret", "Maria",
    "Marie", "Mary", "Megan", "Michelle", "Morag", "Nadia", "Natalie", "Ngozi", "Niamh",
    "Nicola", "Olga", "Olivia", "Patricia", "Paula", "Priya", "Rachel", "Rebecca", "Rosie",
    "Ruth", "Sally", "Sandra", "Sarah", "Sharon", "Sian", "Siobhan", "Sofia", "Sophie",
    "Sunita", "Susan", "Tracy", "Wendy", "Yasmin", "Yuki", "Zoe",
})
UNISEX_NAMES = frozenset({"Alex", "Ashley", "Ceri", "Charlie", "Jamie", "Jean", "Kelly",
                          "Lee", "Li", "Robin", "Sam", "Wei"})
MALE_NAMES = GIVEN_NAMES - FEMALE_NAMES - UNISEX_NAMES
