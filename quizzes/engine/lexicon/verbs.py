"""Verbs for word-in-context questions (see the lexicon package for the format)."""

# headword | part of speech | frames | definition | group | field | flags
ENTRIES = """
plummet | verb | i | [fall] sharply | fall sharply | change | f
slump | verb | i | [fall] sharply | fall sharply | change | f not:in,over,against,back,down,forward
plunge | verb | i | [fall] sharply | fall sharply | change | f not:into,in
nosedive | verb | i | [fall] sharply | fall sharply | change | f
soar | verb | i | [rise] sharply | rise sharply | change | f
surge | verb | i | [rise] sharply | rise sharply | change | f not:forward,ahead,through,past
rocket | verb | i | [rise] sharply | rise sharply | change | f
skyrocket | verb | i | [rise] sharply | rise sharply | change | f
balloon | verb | i | [grow] rapidly | rise sharply | change | f
dip | verb | i | [fall] slightly | fall slightly | change | f not:into,in
- | verb | i | [rise] slightly | rise slightly | change |
dwindle | verb | i | gradually [shrink] | shrink | change |
- | verb | i | gradually [grow] | grow | change |
stagnate | verb | i | [stop] growing | stagnate | change |
rebound | verb | i | [recover] | recover | change | f
fluctuate | verb | i | [go] up and down | fluctuate | change |
escalate | verb | i | [become] more serious | worsen | trouble |
intensify | verb | i | [become] stronger | worsen | trouble |
deteriorate | verb | i | [get] worse | worsen | trouble |
subside | verb | i | [become] less severe | lessen | trouble | not:ground,road,land,house,houses,
    building,floodwater,waters,water
abate | verb | i | [become] less severe | lessen | trouble |
wane | verb | i | [become] weaker | lessen | trouble |
thrive | verb | i | [do] very well | thrive | success |
flourish | verb | i | [do] very well | thrive | success |
falter | verb | i | [start] to fail | falter | success |
stall | verb | i | [stop] making progress | stall | success | not:car,engine,vehicle,bus,plane,
    lorry,van
- | verb | i | [make] good progress | progress | success |
linger | verb | i | [stay] for a long time | linger | time |
resurface | verb | i | [appear] again | reappear | time |
grapple | verb | i | [struggle] | struggle | success |
wrangle | verb | i | [argue] | argue | conflict |
clash | verb | i | [fight] | argue | conflict | not:dates,date,timetable,schedule,colours
defect | verb | i | [switch] sides | defect | power |
- | verb | i | [surrender] | surrender | power |
- | verb | i | [retire] | retire | power |
oust | verb | tp | [force] out | remove | power | w
topple | verb | tp | [bring] down | remove | power | not:over
sack | verb | tp | [fire] | remove | work | w
axe | verb | tp | [cut] | scrap | policy |
scrap | verb | tp | [abandon] | scrap | policy |
ditch | verb | tp | [abandon] | scrap | policy |
shelve | verb | tp | [put] aside | scrap | policy |
abolish | verb | tp | officially [end] | scrap | policy |
slash | verb | tp | sharply [cut] | scrap | policy | not:face,throat,tyres,tires,wrist,wrists,
    knife,arm,arms,neck
dismantle | verb | tp | [take] apart | scrap | policy |
overturn | verb | tp | [reverse] | reverse | law | not:car,cars,vehicle,vehicles,van,lorry,boat,
    table,tables,bus
quash | verb | tp | officially [cancel] | reverse | law |
uphold | verb | tp | [confirm] | confirm | law | need:ruling,rulings,decision,decisions,verdict,
    verdicts,conviction,convictions,sentence,ban,complaint,complaints,appeal,appeals,judgment,
    judgement,order,result,finding,findings
ratify | verb | tp | formally [approve] | approve | law |
veto | verb | tp | officially [block] | block | law |
thwart | verb | tp | [stop] | block | law | of:effort
foil | verb | tp | [stop] | block | law | of:effort
stymie | verb | tp | [hold] back | block | law | of:effort
hamper | verb | tp | [hold] back | block | law | of:effort
hinder | verb | tp | [hold] back | block | law | of:effort
avert | verb | tp | [prevent] | block | law | not:eyes,gaze
stem | verb | tp | [stop] | block | law | not:from
bolster | verb | tp | [strengthen] | strengthen | power |
undermine | verb | tp | [weaken] | weaken | power |
erode | verb | tpi | gradually [weaken] | weaken | power | not:coast,coastline,cliff,cliffs,soil,
    beach,rock,rocks
spur | verb | tp | [encourage] | encourage | power |
deter | verb | tp | [discourage] | discourage | power |
boost | verb | tp | [increase] | increase | change |
fuel | verb | tp | [increase] | increase | change |
hike | verb | tp | [raise] | increase | change | f
curb | verb | tp | [limit] | limit | policy | of:effort
- | verb | tp | [encourage] | encourage | power | of:effort
- | verb | tp | [overlook] | overlook | policy | of:effort
- | verb | tp | [investigate] | investigate | law | of:effort
- | verb | tp | [explain] | explain | find | of:effort
oversee | verb | tp | [supervise] | lead | work |
spearhead | verb | tp | [lead] | lead | work |
orchestrate | verb | tp | [organise] | lead | work |
embezzle | verb | tp | secretly [take] | steal | crime |
smuggle | verb | tp | secretly [move] | smuggle | crime |
detain | verb | tp | [hold] | detain | crime | w
- | verb | tp | [release] | release | crime | w
acquit | verb | tp | [clear] | acquit | crime | w
convict | verb | p | [find] guilty | convict | crime | w
indict | verb | tp | formally [charge] | convict | crime | w
probe | verb | tp | [investigate] | investigate | law |
scrutinise | verb | tp | closely [examine] | investigate | law |
scrutinize | verb | tp | closely [examine] | investigate | law |
evacuate | verb | p | [move] to safety | evacuate | crime |
allay | verb | tp | [calm] | lessen | trouble |
alleviate | verb | tp | [ease] | lessen | trouble |
mitigate | verb | tp | [lessen] | lessen | trouble |
exacerbate | verb | tp | [worsen] | worsen | trouble |
jeopardise | verb | tp | [endanger] | endanger | trouble |
jeopardize | verb | tp | [endanger] | endanger | trouble |
condemn | verb | tp | strongly [criticise] | criticise | speech | not:to
denounce | verb | tp | publicly [criticise] | criticise | speech |
slam | verb | tp | strongly [criticise] | criticise | speech | not:door,doors,shut,into,brakes,
    down,on,ball,net,shot,goal,home,phone,fist
lambast | verb | tp | harshly [criticise] | criticise | speech |
lambaste | verb | tp | harshly [criticise] | criticise | speech |
rebuke | verb | tp | sharply [criticise] | criticise | speech |
berate | verb | tp | angrily [criticise] | criticise | speech |
deride | verb | tp | [mock] | criticise | speech |
hail | verb | tp | [praise] | praise | speech | not:from,taxi,cab
laud | verb | tp | [praise] | praise | speech |
commend | verb | tp | [praise] | praise | speech |
reiterate | verb | tph | [repeat] | repeat | speech |
reaffirm | verb | tph | [confirm] again | repeat | speech |
vow | verb | tnh | solemnly [promise] | promise | speech |
pledge | verb | tpnh | [promise] | promise | speech | not:£,$,€
urge | verb | toh | strongly [advise] | encourage | speech |
implore | verb | o | [beg] | encourage | speech |
- | verb | o | [forbid] | forbid | speech |
- | verb | o | [allow] | allow | speech |
- | verb | o | [force] | force | speech |
- | verb | o | strictly [forbid] | forbid | speech |
- | verb | o | officially [allow] | allow | speech |
- | verb | o | legally [force] | force | speech |
concede | verb | th | [admit] | admit | speech | not:goal,goals,penalty,try,tries,runs,corner,
    point,points,set,sets,wicket,wickets
insist | verb | h | firmly [state] | insist | speech |
assert | verb | h | firmly [state] | insist | speech |
stress | verb | h | [emphasise] | insist | speech |
acknowledge | verb | h | [admit] | admit | speech |
allege | verb | h | [claim] without proof | allege | speech |
speculate | verb | h | [guess] | guess | speech |
- | verb | h | publicly [doubt] | doubt | speech |
- | verb | th | [deny] | deny | speech |
- | verb | h | [complain] | complain | speech |
- | verb | n | [refuse] | refuse | speech |
- | verb | n | [hesitate] | refuse | speech |
- | verb | n | [fail] | fail | speech |
downplay | verb | tp | [play] down | downplay | speech |
- | verb | tp | [exaggerate] | exaggerate | speech |
retract | verb | tp | [withdraw] | withdraw | speech |
evade | verb | tp | [avoid] | avoid | law |
shun | verb | tp | deliberately [avoid] | avoid | conflict |
boycott | verb | t | [refuse] to take part in | boycott | conflict |
snub | verb | tp | [ignore] | ignore | conflict |
spurn | verb | tp | [reject] | reject | speech |
rebuff | verb | tp | [reject] | reject | speech |
endorse | verb | tp | [support] | support | speech |
clinch | verb | tp | [secure] | win | success |
broker | verb | tp | [arrange] | arrange | success |
unveil | verb | tp | [reveal] | reveal | speech | not:statue,plaque,memorial,sculpture,
    portrait,monument,painting,car,cars,model,logo,kit,artwork
disclose | verb | tph | [reveal] | reveal | speech |
divulge | verb | tph | [reveal] | reveal | speech |
conceal | verb | tp | [hide] | hide | speech | not:weapon,weapons,knife,knives,gun,guns,
    drugs,camera,cameras,body,device
withhold | verb | tp | [hold] back | hide | speech |
mull | verb | tp | [consider] | consider | work |
ponder | verb | tp | [consider] | consider | work |
contemplate | verb | tp | [consider] | consider | work |
bar | verb | tp | [ban] | ban | law |
outlaw | verb | tp | [ban] | ban | law |
waive | verb | tp | [give] up | give up | money |
forgo | verb | tp | [give] up | give up | money |
relinquish | verb | tp | [give] up | give up | money |
cede | verb | tp | [hand] over | give up | money |
forfeit | verb | tp | [lose] | give up | money |
confiscate | verb | tp | [take] away | take | crime |
ravage | verb | tp | badly [damage] | damage | trouble |
tarnish | verb | tp | [damage] | damage | trouble |
mar | verb | tp | [spoil] | damage | trouble |
vindicate | verb | p | [prove] right | vindicate | law |
plague | verb | tp | repeatedly [trouble] | trouble | trouble |
overhaul | verb | tp | thoroughly [reform] | reform | policy |
revamp | verb | tp | [update] | reform | policy |
streamline | verb | tp | [simplify] | reform | policy |
earmark | verb | tp | [set] aside | allocate | money | not:as
squander | verb | tp | [waste] | waste | money |
bankroll | verb | tp | [pay] for | fund | money |
reimburse | verb | tp | [pay] back | repay | money |
stockpile | verb | tp | [store] up | store | money |
hoard | verb | tp | [store] up | store | money |
lure | verb | tp | [attract] | attract | money |
entice | verb | tp | [attract] | attract | money |
assassinate | verb | tp | [murder] | kill | conflict | w
abduct | verb | tp | [kidnap] | kidnap | conflict | w
ambush | verb | tp | suddenly [attack] | attack | conflict |
detonate | verb | tp | [explode] | explode | conflict | of:weapon
jettison | verb | tp | [abandon] | scrap | policy |
- | verb | tp | [adopt] | adopt | policy |
rescind | verb | tp | officially [cancel] | reverse | law |
revoke | verb | tp | officially [cancel] | reverse | law |
annul | verb | tp | officially [cancel] | reverse | law |
halt | verb | tp | [stop] | block | law |
resume | verb | tpi | [restart] | restart | work |
augment | verb | tp | [add] to | increase | change |
plateau | verb | i | [level] off | stagnate | change |
surpass | verb | tp | [exceed] | exceed | change | f of:amount
eclipse | verb | tp | [exceed] | exceed | change | f of:amount
outstrip | verb | tp | [exceed] | exceed | change | f of:amount
- | verb | tp | [match] | match | change | of:amount
- | verb | tp | [trail] | trail | change | of:amount
- | verb | tp | [follow] | follow | change | of:amount
reap | verb | tp | [gain] | gain | money |
garner | verb | tp | [gather] | gain | money |
amass | verb | tp | [build] up | gain | money |
incur | verb | tp | [run] up | incur | money |
sue | verb | t | [take] legal action against | sue | law |
prosecute | verb | p | [take] to court | prosecute | crime |
jail | verb | tp | [imprison] | imprison | crime |
loot | verb | tp | [steal] from | steal | crime |
torch | verb | t | [set] fire to | burn | crime |
rout | verb | tp | heavily [defeat] | defeat | conflict |
trounce | verb | tp | heavily [defeat] | defeat | conflict |
retaliate | verb | i | [hit] back | retaliate | conflict |
capitulate | verb | i | [give] in | surrender | power |
dither | verb | i | [hesitate] | waver | power |
waver | verb | i | [hesitate] | waver | power |
flounder | verb | i | [struggle] | struggle | success |
prevail | verb | i | [win] | win | success |
spiral | verb | i | [rise] out of control | rise sharply | change | f
offload | verb | tp | [sell] off | sell | money |
- | verb | tp | [buy] | buy | money |
relocate | verb | i | [move] | relocate | work |
flout | verb | tp | deliberately [break] | flout | law |
breach | verb | tp | [break] | flout | law |
circumvent | verb | tp | [get] round | flout | law |
- | verb | tp | [obey] | obey | law |
unearth | verb | tp | [discover] | discover | find | of:find
uncover | verb | tp | [discover] | discover | find | of:find
- | verb | tp | [destroy] | destroy | find | of:find
- | verb | tp | [lose] | lose | find | of:find
- | verb | tp | [bury] | bury | find | of:find
leak | verb | tp | secretly [reveal] | reveal | speech | not:water,oil,gas,fuel,roof,pipe,
    runs,goals,pipes,sewage,chemicals,tank
fabricate | verb | tp | [invent] | fake | crime |
falsify | verb | tp | [fake] | fake | crime |
lament | verb | tp | [regret] | regret | speech |
bemoan | verb | t | [complain] about | complain | speech |
decry | verb | tp | publicly [criticise] | criticise | speech |
extol | verb | tp | highly [praise] | praise | speech |
champion | verb | tp | [support] | support | speech |
lobby | verb | tp | [pressure] | lobby | power | w
placate | verb | tp | [calm] | lessen | trouble | w
pacify | verb | tp | [calm] | lessen | trouble | w
spark | verb | tp | [cause] | cause | trouble |
trigger | verb | tp | [cause] | cause | trouble |
prompt | verb | tpo | [cause] | cause | trouble |
stifle | verb | tp | [hold] back | block | law |
eradicate | verb | tp | [wipe] out | eliminate | policy |
demolish | verb | tp | [knock] down | demolish | policy |
refurbish | verb | tp | [renovate] | reform | policy |
salvage | verb | tp | [save] | rescue | success |
disband | verb | tp | [break] up | scrap | policy |
reinstate | verb | tp | [bring] back | restore | power |
overthrow | verb | tp | [bring] down | remove | power |
annex | verb | tp | [take] over | take | conflict |
evict | verb | tp | [throw] out | remove | power |
straddle | verb | t | [stretch] across | straddle | place | of:place need:border,boundary,frontier,
    divide
- | verb | t | [run] along | run along | place | of:place
- | verb | t | [end] at | end at | place | of:place
- | verb | t | [sit] beside | sit beside | place | of:place
replenish | verb | tp | [refill] | refill | store | of:store
- | verb | tp | [drain] | drain | store | of:store
- | verb | tp | [inspect] | inspect | store | of:store
- | verb | tp | [enlarge] | enlarge | store | of:store
postpone | verb | tp | [delay] | delay | time | of:event
- | verb | tp | [announce] | announce | time | of:event
- | verb | tp | [extend] | extend | time | of:event
- | verb | tp | [approve] | approve | time | of:event
suspend | verb | tp | [halt] | suspend | time | of:event not:from,for,officer,officers,player,
    players,pupil,pupils,student,students,teacher,teachers,staff,worker,workers,doctor,
    doctors,nurse,nurses,councillor,manager,member,members,sentence,licence
"""
