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
