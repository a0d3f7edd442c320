"""Adjectives for word-in-context questions (see the lexicon package for the format)."""

# headword | part of speech | frames | definition | group | field | flags
ENTRIES = """
lucrative | adjective | - | profitable | profitable | money | of:venture
- | adjective | - | loss-making | unprofitable | money | of:venture
sluggish | adjective | - | slow | slow | change |
buoyant | adjective | - | doing well | strong | change |
robust | adjective | - | strong | strong | change |
unprecedented | adjective | - | never known before | unprecedented | time |
dwindling | adjective | - | getting smaller | shrinking | change |
burgeoning | adjective | - | growing quickly | growing | change |
fledgling | adjective | - | new and developing | new | time |
fragile | adjective | - | easily damaged | fragile | trouble |
precarious | adjective | - | uncertain and risky | unstable | trouble |
volatile | adjective | - | likely to change suddenly | unstable | trouble |
turbulent | adjective | - | full of trouble | unstable | trouble |
bleak | adjective | - | without hope | hopeless | trouble | not:landscape,moor,moors,moorland,
    hillside,coast,winter,house
- | adjective | - | full of hope | hopeful | trouble |
dire | adjective | - | extremely serious | serious | trouble |
grim | adjective | - | gloomy and serious | serious | trouble |
dismal | adjective | - | very poor | poor | quality |
lacklustre | adjective | - | dull | poor | quality |
abysmal | adjective | - | extremely bad | poor | quality |
stellar | adjective | - | outstanding | excellent | quality |
lavish | adjective | - | very expensive | costly | money |
exorbitant | adjective | - | far too expensive | costly | money |
- | adjective | - | cheap | cheap | money | of:venture
- | adjective | - | popular | popular | success | of:venture
frugal | adjective | - | careful with money | thrifty | money |
affluent | adjective | - | wealthy | rich | money |
prosperous | adjective | - | wealthy | rich | money |
impoverished | adjective | - | living in poverty | needy | money |
destitute | adjective | - | having nothing to live on | needy | money |
divisive | adjective | - | causing disagreement | divisive | conflict |
contentious | adjective | - | causing disagreement | divisive | conflict |
dubious | adjective | - | doubtful | doubtful | truth |
spurious | adjective | - | false | false | truth |
bogus | adjective | - | fake | false | truth |
- | adjective | - | genuine | genuine | truth |
lenient | adjective | - | mild | mild | law |
lax | adjective | - | not strict enough | mild | law |
draconian | adjective | - | extremely harsh | harsh | law |
stringent | adjective | - | very strict | harsh | law |
rigorous | adjective | - | thorough and careful | thorough | work |
meticulous | adjective | - | very careful | thorough | work |
exhaustive | adjective | - | complete and thorough | thorough | work |
cursory | adjective | - | quick and careless | hasty | work |
adamant | adjective | - | completely determined | firm | speech |
staunch | adjective | - | loyal and committed | loyal | speech |
steadfast | adjective | - | loyal and committed | loyal | speech |
defiant | adjective | - | openly refusing to obey | defiant | speech |
reluctant | adjective | - | unwilling | unwilling | speech |
- | adjective | - | eager | eager | speech |
complacent | adjective | - | too relaxed | complacent | work |
vigilant | adjective | - | watchful | watchful | work |
lethal | adjective | - | deadly | deadly | trouble |
hazardous | adjective | - | dangerous | dangerous | trouble |
perilous | adjective | - | dangerous | dangerous | trouble |
- | adjective | - | harmless | harmless | trouble |
chronic | adjective | - | long-lasting | lasting | time |
prolonged | adjective | - | lasting a long time | lasting | time |
sporadic | adjective | - | happening now and then | occasional | time |
relentless | adjective | - | never stopping | constant | time |
incessant | adjective | - | never stopping | constant | time |
imminent | adjective | - | about to happen | imminent | time |
- | adjective | - | long overdue | overdue | time |
interim | adjective | - | temporary | temporary | time | not:results,figures,report,dividend,
    profit,profits
provisional | adjective | - | not yet final | temporary | time |
tentative | adjective | - | not yet certain | temporary | time |
- | adjective | - | permanent | permanent | time |
pivotal | adjective | - | very important | important | quality |
paramount | adjective | - | most important | important | quality |
- | adjective | - | minor | minor | quality |
meagre | adjective | - | very small | small | money |
paltry | adjective | - | very small | small | money |
hefty | adjective | - | large | large | money |
covert | adjective | - | secret | secret | crime |
clandestine | adjective | - | secret | secret | crime |
- | adjective | - | public | public | crime |
blatant | adjective | - | very obvious | obvious | crime |
flagrant | adjective | - | very obvious | obvious | crime |
tacit | adjective | - | unspoken | unspoken | speech |
arduous | adjective | - | difficult and tiring | hard | work |
gruelling | adjective | - | difficult and tiring | hard | work |
feasible | adjective | - | possible to do | possible | work | of:venture
viable | adjective | - | able to succeed | possible | work | of:venture
obsolete | adjective | - | out of date | outdated | time | of:venture
embattled | adjective | - | under pressure | struggling | success |
beleaguered | adjective | - | under pressure | struggling | success |
disgraced | adjective | - | shamed | disgraced | success |
outspoken | adjective | - | frank | outspoken | speech |
renowned | adjective | - | famous | famous | success |
acclaimed | adjective | - | praised | famous | success |
notorious | adjective | - | famous for something bad | famous | success |
- | adjective | - | unknown | unknown | success |
prolific | adjective | - | productive | productive | work |
elusive | adjective | - | hard to find | elusive | work |
inevitable | adjective | - | certain to happen | certain | truth |
unanimous | adjective | - | agreed by everyone | unanimous | speech |
rampant | adjective | - | out of control | widespread | trouble |
rife | adjective | - | widespread | widespread | trouble |
- | adjective | - | rare | rare | trouble |
stagnant | adjective | - | not growing | stagnant | change |
resilient | adjective | - | quick to recover | strong | change |
lukewarm | adjective | - | unenthusiastic | unenthusiastic | speech |
scathing | adjective | - | harshly critical | critical | speech |
- | adjective | - | full of praise | praising | speech |
upbeat | adjective | - | cheerful | cheerful | speech | of:mood
optimistic | adjective | - | hopeful | cheerful | speech | of:mood
downbeat | adjective | - | gloomy | gloomy | speech | of:mood
pessimistic | adjective | - | expecting the worst | gloomy | speech | of:mood
- | adjective | - | angry | angry | speech | of:mood
- | adjective | - | nervous | nervous | speech | of:mood
- | adjective | - | indifferent | indifferent | speech | of:mood
sombre | adjective | - | serious and sad | gloomy | speech |
candid | adjective | - | honest and open | outspoken | speech |
evasive | adjective | - | avoiding giving answers | evasive | speech |
prudent | adjective | - | sensible and careful | prudent | money |
reckless | adjective | - | careless of risk | reckless | money |
hostile | adjective | - | unfriendly | hostile | conflict |
acrimonious | adjective | - | bitter and angry | hostile | conflict |
amicable | adjective | - | friendly | friendly | conflict |
cordial | adjective | - | friendly and polite | friendly | conflict |
negligible | adjective | - | too small to matter | small | money |
sizeable | adjective | - | fairly large | large | money |
exponential | adjective | - | increasingly rapid | growing | change |
opulent | adjective | - | luxurious | costly | money |
shoddy | adjective | - | badly made | poor | quality |
defunct | adjective | - | no longer existing | defunct | time |
dormant | adjective | - | inactive | inactive | time |
nascent | adjective | - | just beginning | new | time |
illicit | adjective | - | illegal | illegal | crime |
- | adjective | - | legal | legal | crime |
fraudulent | adjective | - | dishonest | false | truth |
punitive | adjective | - | meant to punish | harsh | law |
unilateral | adjective | - | done by one side alone | unilateral | power |
sweeping | adjective | - | wide-ranging | wide | policy |
drastic | adjective | - | extreme | extreme | policy |
incremental | adjective | - | gradual | gradual | policy |
swift | adjective | - | quick | quick | change |
belated | adjective | - | late | overdue | time |
impending | adjective | - | about to happen | imminent | time |
protracted | adjective | - | lasting a long time | lasting | time |
fleeting | adjective | - | very brief | brief | time |
ephemeral | adjective | - | short-lived | brief | time |
"""
