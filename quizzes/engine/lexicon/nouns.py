"""Nouns for word-in-context questions (see the lexicon package for the format)."""

# headword | part of speech | frames | definition | group | field | flags
ENTRIES = """
probe | noun | - | [investigation] | investigation | law | need:into
scrutiny | noun | - | close [examination] | investigation | law | u
curb | noun | - | [limit] | limit | policy |
crackdown | noun | - | tough [campaign] | crackdown | policy |
clampdown | noun | - | tough [campaign] | crackdown | policy |
backlash | noun | - | angry [reaction] | outcry | speech |
outcry | noun | - | public [protest] | outcry | speech |
furore | noun | - | public [uproar] | outcry | speech |
- | noun | - | public [backing] | backing | speech | u
rift | noun | - | serious [disagreement] | dispute | conflict |
feud | noun | - | long [quarrel] | dispute | conflict |
stalemate | noun | - | [situation] where no one can win | deadlock | conflict |
deadlock | noun | - | [situation] where no one can win | deadlock | conflict |
impasse | noun | - | [situation] where no one can win | deadlock | conflict |
setback | noun | - | [problem] delaying progress | setback | success |
- | noun | - | big [step] forward | breakthrough | success |
turmoil | noun | - | great [confusion] | chaos | trouble | u
upheaval | noun | - | great [disruption] | chaos | trouble |
mayhem | noun | - | violent [disorder] | chaos | trouble | u
exodus | noun | - | mass [departure] | exodus | change |
influx | noun | - | large [arrival] | influx | change |
windfall | noun | - | unexpected [gain] | windfall | money |
shortfall | noun | - | [shortage] | shortage | money |
dearth | noun | - | [lack] | shortage | money |
surplus | noun | - | extra [amount] | surplus | money |
glut | noun | - | [oversupply] | surplus | money |
slump | noun | - | sharp [fall] | fall sharply | change |
downturn | noun | - | [decline] | fall sharply | change |
surge | noun | - | sudden [rise] | rise sharply | change | not:forward,ahead
upturn | noun | - | [improvement] | rise sharply | change |
overhaul | noun | - | thorough [reform] | reform | policy |
plea | noun | - | urgent [request] | appeal | speech | not:guilty,innocent,not,entered,enter,
    bargain,change
ultimatum | noun | - | final [demand] | ultimatum | speech |
moratorium | noun | - | temporary [ban] | ban | law |
embargo | noun | - | official [ban] | ban | law |
- | noun | - | official [permission] | permission | law |
blaze | noun | - | large [fire] | fire | trouble |
inferno | noun | - | huge [fire] | fire | trouble |
deluge | noun | - | [flood] | flood | trouble |
cache | noun | - | hidden [store] | store | crime | need:of
stash | noun | - | hidden [store] | store | crime | need:of
rhetoric | noun | - | persuasive [language] | rhetoric | speech | u
impetus | noun | - | [encouragement] | encouragement | power | u
catalyst | noun | - | [trigger] for change | cause | power |
stance | noun | - | [attitude] | stance | speech |
austerity | noun | - | strict [cuts] in spending | austerity | money | u
plight | noun | - | difficult [situation] | plight | trouble |
ordeal | noun | - | painful [experience] | plight | trouble |
fiasco | noun | - | complete [failure] | failure | success |
debacle | noun | - | complete [failure] | failure | success |
- | noun | - | great [success] | success | success |
tycoon | noun | - | rich business [owner] | tycoon | people |
magnate | noun | - | rich business [owner] | tycoon | people |
whistleblower | noun | - | [insider] exposing wrongdoing | whistleblower | people |
watchdog | noun | - | [regulator] | watchdog | law |
envoy | noun | - | official [representative] | envoy | people |
emissary | noun | - | official [messenger] | envoy | people |
insurgent | noun | - | armed [rebel] | rebel | people |
incumbent | noun | - | current [holder] of the post | incumbent | people |
contender | noun | - | [competitor] with a chance | contender | people | of:contest
frontrunner | noun | - | [leader] in a contest | contender | people | of:contest
underdog | noun | - | [competitor] expected to lose | underdog | people | of:contest
- | noun | - | [holder] of the title | champion | people | of:contest
- | noun | - | [newcomer] to the contest | newcomer | people | of:contest
- | noun | - | [judge] of the contest | judge | people | of:contest
foe | noun | - | [enemy] | enemy | people |
adversary | noun | - | [opponent] | enemy | people |
- | noun | - | close [friend] | friend | people |
pundit | noun | - | [commentator] | pundit | people |
philanthropist | noun | - | generous [donor] | donor | people |
benefactor | noun | - | generous [donor] | donor | people |
tenure | noun | - | [time] in office | tenure | power | u
hiatus | noun | - | [pause] | break | time |
respite | noun | - | short [break] | break | time |
aftermath | noun | - | [period] after a disaster | aftermath | time |
allegation | noun | - | unproven [claim] | allegation | crime |
accolade | noun | - | [honour] | award | success |
milestone | noun | - | important [stage] | milestone | success |
hallmark | noun | - | typical [feature] | feature | quality |
uproar | noun | - | public [anger] | outcry | speech | u
insolvency | noun | - | [inability] to pay debts | bankruptcy | money | u
levy | noun | - | [tax] | tax | money | of:payment
- | noun | - | [loan] | loan | money | of:payment
- | noun | - | [refund] | refund | money | of:payment
- | noun | - | cash [reward] | reward | money | of:payment
- | noun | - | [fine] | fine | money | of:payment
subsidy | noun | - | state [payment] | subsidy | money |
- | noun | - | [debt] | debt | money |
- | noun | - | [profit] | profit | money |
- | noun | - | price [rise] | price rise | money |
handout | noun | - | free [payment] | subsidy | money |
bailout | noun | - | rescue [payment] | subsidy | money |
kickback | noun | - | [bribe] | bribe | crime |
loophole | noun | - | [gap] in the rules | loophole | law |
scapegoat | noun | - | [person] blamed for others' faults | scapegoat | people |
mastermind | noun | - | [planner] | mastermind | people |
ringleader | noun | - | [leader] of a group doing wrong | mastermind | people |
accomplice | noun | - | [helper] in a crime | accomplice | people |
novice | noun | - | [beginner] | beginner | people |
- | noun | - | experienced [person] | expert | people |
stalwart | noun | - | loyal [supporter] | supporter | people |
detractor | noun | - | [critic] | critic | people |
dissident | noun | - | [opponent] of the government | dissident | people |
defector | noun | - | [person] who switched sides | defector | people |
fugitive | noun | - | [person] on the run | fugitive | people |
casualty | noun | - | [person] killed or injured | casualty | people | not:to,department,unit,ward
referendum | noun | - | public [vote] on one question | vote | power |
plebiscite | noun | - | public [vote] on one question | vote | power |
manifesto | noun | - | [statement] of policies | manifesto | power |
pact | noun | - | [agreement] | agreement | power |
truce | noun | - | [agreement] to stop fighting | truce | conflict |
ceasefire | noun | - | [agreement] to stop fighting | truce | conflict |
blockade | noun | - | [barrier] stopping supplies | ban | law |
onslaught | noun | - | fierce [attack] | attack | conflict |
skirmish | noun | - | small [fight] | attack | conflict |
carnage | noun | - | great [slaughter] | carnage | conflict | u
atrocity | noun | - | very cruel [act] | atrocity | conflict |
reprisal | noun | - | revenge [attack] | revenge | conflict |
retaliation | noun | - | [revenge] | revenge | conflict | u
fatality | noun | - | [death] | death | trouble |
quota | noun | - | fixed [share] | quota | policy |
backlog | noun | - | [pile] of unfinished work | backlog | work |
climbdown | noun | - | [retreat] | retreat | power |
spate | noun | - | sudden [series] | spate | time |
flurry | noun | - | sudden [burst] | spate | time |
plethora | noun | - | very large [number] | plethora | time |
paucity | noun | - | [lack] | shortage | money | u
anomaly | noun | - | [oddity] | anomaly | quality |
precedent | noun | - | earlier [example] | precedent | law |
benchmark | noun | - | [standard] | standard | quality |
yardstick | noun | - | [standard] | standard | quality |
incentive | noun | - | [reward] to encourage action | incentive | power |
deterrent | noun | - | [threat] meant to discourage | deterrent | power |
caveat | noun | - | [warning] | warning | speech |
tirade | noun | - | long angry [speech] | criticism | speech |
inquest | noun | - | official [inquiry] | investigation | law |
dossier | noun | - | [file] of documents | dossier | law |
smear | noun | - | damaging false [claim] | smear | speech |
slur | noun | - | insulting [remark] | insult | speech |
gaffe | noun | - | embarrassing [mistake] | gaffe | success |
blunder | noun | - | careless [mistake] | gaffe | success |
"""
