"""Short articles written for the engine tests."""

# ruff: noqa: E501

# Short texts written for these tests (not taken from any publication).
HARBOUR = """Harbour town votes to close its old pier

Residents of Port Ellis voted on Sunday to close the town's old pier after a survey found that 40% of its wooden supports were rotten.

Mayor Helen Carter said the council would spend £2m on a new walkway. "We cannot keep patching a structure that is falling into the sea," Mrs Carter said.

The fishing co-operative, led by Tom Aldridge, opposed the plan. "Our boats have used that pier for 120 years and nobody asked us," Mr Aldridge told the Coastal Gazette.

Engineers from Lisbon and Rotterdam will advise on the design, and work is due to start in 2026 in the harbour of Port Ellis.

The Coastal Gazette reported that 350 people attended the public meeting in the town hall.
"""

SAMESURNAME = """Two Reeds in the race

Anna Reed, a lawyer from Leeds, announced on Monday that she would stand for the city council in the May election.

Her brother, Peter Reed, has served on the council for 12 years and runs a bakery near the station.

"I want younger people to feel that the council listens to them," Ms Reed told supporters at a meeting in Leeds.

Councillor Paul Grant, who chairs the housing committee, said he welcomed more candidates. "Competition is healthy for a city like ours," Mr Grant said.

More than 2,000 residents signed a petition last year asking the council to build 500 new homes near the river.
"""

# A titled person whose surname NER calls an organisation, quoted later by role only.
BISHOP = """Bishop warns over river pollution

Sewage dumped in the River Leam should have been stopped years ago, Bishop Alan Fairweather-Smith has said.

The bishop made the comments on a local radio station and will repeat them in a sermon on Sunday. "Nobody who fishes or swims in the Leam should have to worry about getting ill," the bishop said.

Councillor Mary Oduya, who chairs the environment committee, said the water company had promised to act. "We will hold them to that promise every single week," Ms Oduya said.

Local resident Tom Hale said about 300 people had signed a letter of complaint.
"""

# An organisation NER misses, referred to as "the group", and an epithet before "He".
CONSORTIUM = """Drones map flood damage in Kerala

A consortium of universities and charities known as Skywatch is mapping flood damage in the Indian state of Kerala.

Skywatch uses drones from Aerion, the Coastal Survey Agency and the Monsoon Relief Fund. The group sends its maps to rescue teams within six hours. Skywatch supplies maps to aid workers on paper and on tablets.

Pilot Ravi Menon flew the first mission over the town of Alappuzha on Monday. The former air force officer covered 40 kilometres in a single flight. He told reporters: "We could see whole villages cut off by the water from the air."

"Teams on the ground used our maps within hours of every flight," said Anna Pillai of Skywatch partner Aerion.
"""

# A party and public bodies in one story: a party is never offered for a public body.
BODIES = """Ministers to scrap health quangos

The government will close 12 health quangos by next year, ministers have said.

The Food Review Council, the Hospital Standards Board and the Medical Records Authority will all be merged into the Health Agency, the minister said.

Labour MPs said the Conservative Party had broken a promise to keep the Food Review Council. Health Secretary Jane Ross said the changes would save £40m a year.

Shares in rival firms fell 2% to 310 pence in London, 1.5% to 4.20 euros in Paris and 3% to 12 dollars in New York.
"""

# One text per failure class of the 2026.11-3 review; each sentence sets a trap.
TRAPS = """Harbour council faces rail cuts

A council spokesman said the ferry timetable would change. "The ferries will run less often from May," the spokesman said. "Nobody will lose a service," he said.

The first Northline Rail meeting was held in Dundee in March, when passengers called for more trains on the coast line.

Retail giant Tandry cut 300 jobs last year after sales at its clothing stores fell sharply.

Engineer Priya Shah, who leads the Northline Rail project, said she would ask the Transport Board for more money. "We cannot run a railway on promises," Ms Shah said.

Mark Doyle, the head of Coastal Ferries, said the firm would keep its routes. "Our boats are full every summer," Mr Doyle said.

Coastal Ferries, which is part of the Northline Rail group, carried 40,000 passengers in 2023. Northline Rail runs trains to Aberdeen and Inverness every hour.

The Highland Trust sold some its buses to Coastal Ferries, and a 12 million tickets are sold each year.

Ms Shah fled to Scotland through France last spring, her family said.

The head of the Church of Scotland in Edinburgh and Glasgow will speak on Sunday.

Shares in Tandry fell 2% to 310.25 pence in London.

The mayor will tell a meeting of 200 people on Friday night that the station will stay open.

More than 5,000 people have signed a petition asking Northline Rail to keep the coast line open.

Tandry managers flew in from Paris to meet the union in Perth on Tuesday.

Ms Shah grew up in the fishing town of Arbroath, on the Angus coast, before moving to Dundee to study engineering.
"""

# Held-out review (2026.11-4): paragraphs of articles written for that review, one
# trap per sentence.
HELDOUT = """Marsham council approves cuts

Council leader Sarah Whitcombe said the decision had been the hardest of her career.

The libraries at Eastbrook and Holme Lane will close in September, the council said.

The budget, which also raises council tax by 4.99%, was passed by 31 votes to 22 on Tuesday evening.

Retail analyst Jonathan Pryce of the investment bank Carrow Stanton said Hallworth had benefited from mistakes made by its rival.

The device, called Lumen, was unveiled on Thursday at a festival in Glasgow.

Lumen was created by Brightwell Labs, a company founded in Dundee in 2019 by two former games designers, Callum Reid and Ana Ferreira.

The victory lifts Athletic above Brantwood United, who drew 0-0 at home to Selby Town earlier in the day.

Both sides have 58 points from 30 games.

The UNHCR said about 12,000 people had crossed into neighbouring Moldania, where emergency camps are being set up.

Moldania's government said it would keep its border open but warned that it could not cope with many more arrivals.

In the Kharun capital, Tarvik, hundreds of people gathered outside the parliament on Sunday.

Velastan has rejected calls for outside mediation, saying the dispute is a matter for the two countries alone.

The Manchester-based firm Hallworth said pre-tax profit rose to £48.6m, up from £31.2m a year earlier.

Two late goals from substitute Daniel Okonjo gave Harrowgate Athletic victory over Castleford Rovers on Saturday.

But Dr Tomasz Wieczorek warned that the trial had excluded 400 people with kidney disease.

Ms Ferreira said the company was already in talks with galleries in Edinburgh, Amsterdam and Lisbon.
"""

# Organisations of several sorts, named in lists and with acronyms.
SORTS = """Think tanks attack quango spending

The report is published by the Public Value Unit, a joint effort by think tanks the Northgate Institute and the Centre for Fiscal Studies.

It names the River Safety Board, the Coastal Grants Committees and the Heritage Lottery Board as bodies that could close.

Recycling schemes like PhoneBack and ReCell could help the Bramley Group and Tessen Ltd to reach younger customers.

The Catholic Church and the Church of Wales said they would study the report, which was discussed at Westminster Cathedral on Sunday.

A European Union (EU) directive on quangos comes into force in August, and such bodies will be banned in the EU by 2030.

Tessen Ltd and the Bramley Group both said they supported the directive, which the European Union agreed in 2024.
"""

# Four people, each introduced by a role: "who is" questions (kinds/who_is.py).
ROLES = """Remark on drinking draws fire

A minister's remark that it was fine to get drunk now and then has drawn criticism from health groups and opponents.

Morag Ellison, chief executive of Sober Highlands, said the remark was careless. Ms Ellison said the charity had spent years warning pupils about binge drinking.

Herald journalist Duncan Fraser said he believed the bigger point had been lost. Mr Fraser said the minister had spoken for an hour about the harm drink does.

The Green Party's Holyrood leader Alison Rennie wrote to the minister on Tuesday asking him to withdraw the remark. Ms Rennie said pupils deserved a clear message.

Novelist Peter Greig, who spoke at the same school last year, said the fuss would soon pass. Mr Greig said the pupils had asked sharp questions.
"""
