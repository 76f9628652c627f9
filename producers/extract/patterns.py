"""The extraction patterns: which phrasings make which event type.

Triggers are written in lower case and start at a word boundary (see
`pattern.ExtractionPattern.trigger`). A pattern's id is recorded in each event's
`source.extractor`, so every extracted fact says which pattern produced it.
"""

from __future__ import annotations

import re

from conflictwatch.models import EventType
from producers.extract.counts import (
    HOSPITALISED,
    HURT_UNWOUNDED,
    IN_COUNTED_SHELTERS,
    IN_RELIEF_SITES,
    LEFT_HOME,
    MEDICAL_CARE,
    SHOT_IN_BODY,
)
from producers.extract.numbers import WEEKDAY
from producers.extract.pattern import ExtractionPattern, Gates, triggers

_WEEKDAY = WEEKDAY.lower()  # the patterns read lower-cased sentences
TOLL_FIELDS = frozenset({"killed", "injured", "children", "women", "combatants"})
_CEASEFIRE = (
    r"(?:ceasefire|cease-fire|cease firing|cease fire\b|truce|"
    r"halt (?:to|in) (?:the )?(?:hostilities|fighting|violence)|"
    r"mutual halt|"
    r"armistice|"
    r"cessation (?:of|to) (?:the )?(?:hostilities|violence|fighting|clashes)|humanitarian pause|"
    r"pause in (?:the )?fighting)"
)
# a crowd (not armed men) that attacked, stormed or torched a place, or a place attacked by one: unrest, not a
# clash ("over 1,500 party workers attacked the army officer's house", "the headquarters was attacked by the mob")
_CROWD_ATTACKED = (
    r"\b(?<!armed )(?:supporters|mobs?|protesters|demonstrators|rioters|(?:party|pti) workers|workers and leaders)\b"
    r"[^;.]{0,40}?\b(?<!were )(?<!was )(?<!been )(?<!being )(?:attacked|stormed|torched|ransacked|set fire to|"
    r"set ablaze)\b|\b(?:attacked|stormed|torched|ransacked) by (?:the |a |an )?(?:angry |irate |violent )?(?:mobs?|"
    r"protesters|demonstrators|rioters|supporters)\b"
)
# what a side halts when it stops fighting: not "operations" alone, which aid agencies suspend too
_HALTED = (
    r"(?:(?:military|offensive|combat|security) operations|attacks|strikes|airstrikes|air strikes|offensives?|"
    r"hostilities|gunfire|firing|shelling|military activit(?:y|ies))\b"
)

# who fires missiles and drones at Yemen's neighbours and the ships off its coast, and what they aim at there
_HOUTHIS = r"(?:houthis?|huthis?|ansar allah|yemeni armed forces)"
_HOUTHI_TARGETS = r"airports?|oil (?:facilit(?:y|ies)|storage|terminals?|refiner(?:y|ies)|installations?)|aramco"
# Ukraine's thermal, combined heat and hydroelectric plants, named by their initials ("the Trypillia TPP")
_POWER_PLANT_INITIALS = r"tpps?|chps?|hpps?|thermal power plants?"
# what an attack damages, and the words for damaging it
_DAMAGE_TARGETS = (
    r"buildings?|homes?|houses?|households?|housing(?: units)?|hospitals?|clinics?|schools?|kindergartens?|"
    r"police stations?|"
    r"outposts?|checkpoints?|(?:military|border|patrol|police|guard|army) posts?|installations?|"
    r"(?:petrol|gas|fuel|filling) (?:stations?|pumps?)|venues?|storefronts?|shopfronts?|shopping (?:complex(?:es)?|"
    r"malls?)|malls?|antennae|(?:oil |gas )?trunk lines?|idols?|"
    r"(?:humanitarian |aid )hubs?|roads|bridges?|power (?:plants?|"
    r"stations?|lines?|grid|facilities)|substations?|(?:energy|civilian|critical|power|water|electricity|gas|port|"
    r"railway|rail) (?:infrastructure|system|facilities|facility|network|grid|supply|supplies)|"
    r"infrastructure facilities|propert(?:y|ies)|"
    r"water (?:pipes|supplies|mains|stations?|tanks?|towers?|pumping stations?|treatment plants?|reservoirs?)|"
    r"desalination (?:plants?|facilit(?:y|ies))|dam|hydroelectric plant|"
    r"(?:energy|industry|industrial) facilit(?:y|ies)|"
    r"(?:residential|apartment|high-rise|administrative|government|civilian) (?:buildings?|blocks?|structures|quarters|"
    r"areas|complex(?:es)?|towers?)|apartments?|structures|shops?|stores?|markets?|fire stations?|mosques?|churches|"
    r"church|cathedral|(?:(?<=the )|(?<=a ))(?:(?:regional|provincial|local|state|national) )?parliament"
    r"(?: buildings?)?|(?:council|city hall|town hall) buildings?|"
    r"walls?|gates?|compounds?|military bases?|bases?|(?:nuclear )?reactors?|villas?|residences?|windows|"
    r"consulates?|embass(?:y|ies)|"
    r"(?:oil |gas |drilling )platforms?|(?:railway |train |rail )(?:tracks?|lines?)|"
    r"nuclear (?:facilit(?:y|ies)|sites?|plants?)|"
    r"warehouses?|port|airport|factory|factories|plant|offices?|headquarters|shelters?|tents|camps?|infrastructure|"
    r"supermarkets?|madrass?as?|husseiniyas?|baker(?:y|ies)|(?:ammunition|fuel|arms|weapons) dumps?|launch pads?|"
    r"(?:fuel|oil|gas|grain|food|aid) depots?|(?:fuel |oil |"
    r"storage )?tank farms?|(?:fuel|oil|storage|petroleum) "
    r"tanks?|radar (?:installations?|stations?|sites?)|radars|oil terminals?|refiner(?:y|ies)|temples?|halls?|"
    r"monaster(?:y|ies)|pagodas?|hotels?|"
    r"(?:telecommunications?|communications?|mobile|radio|cell(?: ?phone)?|cellular) (?:towers?|masts?|antennas?)|"
    r"(?:health|medical|community|shopping) (?:centres?|centers?)|health (?:facilit(?:y|ies)|posts?)|facilit(?:y|"
    r"ies)|huts?|farmhouses?|granar(?:y|ies)|high-rises?|(?:grain )?silos?|aqueducts?|pipelines?|residences?|"
    # an oil field's works: "blew up the Forcados 48-inch export line", "destroyed oil wells RMP 23 and RMP 24"
    r"(?:export|trunk|delivery|crude oil|oil|gas) lines?|(?:oil |gas )wells?|flow ?stations?|manifolds?|"
    r"dwellings?|(?:[\w-]+ )?enterprises?|stalls?|kiosks?|blocks? of flats|military sites?|synagogues?|businesses|"
    r"penitentiar(?:y|ies)|museums?|tent|residential neighbou?rhoods?|(?:power|utility|electricity) poles?|pylons?|"
    # fuel tankers, pick-up trucks and premises burned or blown up: "40 fuel tankers destroyed"
    r"pick-?up trucks?|(?:fuel |oil )tankers?|restaurants?|establishments?|" + _POWER_PLANT_INITIALS
)
# helicopters, aircraft, ships and boats a side owns (not drones: "destroyed 30 unmanned aircraft" is an interception)
_CRAFT = (
    r"helicopters?|(?:military |cargo |civilian |passenger |transport |fighter |combat |attack |surveillance )?"
    r"(?:aircraft|air ?planes?|planes?)|(?:[a-z]{2,3}-\d+\w* )(?:aircraft|jets?|bombers?|planes?)|fighter jets?|"
    r"warships?|warplanes?|frigates?|corvettes?|freighters?|bulk carriers?|tankers?|"
    r"(?:naval |military |navy |patrol |landing |fishing |cargo )?"
    r"(?:vessels?|ships?|boats?)"
)
_NOT_DRONES = r"(?:(?!unmanned|aerial|drones?\b|every\b|all\b)[\w-]+ )"
# a truce conceded before what went against it: "although the ceasefire was announced, the MNDAA continued to fire"
_ALTHOUGH_A_TRUCE = (
    rf"\b(?:although|though|even though) (?:a |the )?(?:[\w’'-]+ ){{0,2}}{_CEASEFIRE} (?:was|had been|has been|is) "
)
# a state's own security council ("Armenia's Security Council", "the country's national security council")
_STATE_SECURITY_COUNCIL = (
    r"(?:(?!un[’']|u\.n\.[’']|nations[’'])[\w.-]+[’']s (?:national |supreme |high )?|national |supreme (?:national )?|"
    r"high )"
    # Ukraine's National Security and Defence Council too; Pakistan's National Security Committee
    r"security (?:and defen[cs]e )?(?:council|committee)"
)
_DAMAGED = (
    r"destroyed|damaged|razed|flattened|levell?ed|collapsed|on fire|ablaze|burn(?:ed|t)|torched|incinerated|"
    r"looted|pillaged|ransacked|(?:fire|petrol)-?bombed|"
    r"knocked out|reduced to (?:[\w-]+ )?(?:rubble|ruins|ashes)|in ruins|set alight|set afire|caught fire|gutted|"
    r"vandali[sz]ed|"
    r"blown apart|ripped apart|(?:were|was|been) toppled|engulfed (?:in|by) (?:[\w-]+ )?(?:flames|fire)|"
    r"(?:were|was) in flames|suffered (?:a )?(?:partial |total )?collapse"
)
_DAMAGING = (
    r"destroyed|destroying|destruction (?:of|to)|destruction (?:caused|wrought|left)|damaged|damaging|damage to|"
    r"knocking out|knocked out|razed|razing|flattened|"
    r"flattening|levell?ed|levell?ing|set fire (?:to|on)|setting fire (?:to|on)|set ablaze|set(?:ting)? afire|torched|"
    r"torching|vandali[sz](?:ed|ing)|"
    r"incinerat(?:ed|ing)|"
    r"burn(?:ed|t|ing) down|"
    r"put(?:ting)? fire (?:on|to)|demolished|"
    r"demolishing|obliterat(?:ed|ing)|blew up|blown up|damages to|ignit(?:ed|ing)|"
    r"burn(?:ed|t|ing)(?! (?:corpses|bodies|remains))|"
    r"ransack(?:ed|ing)?|"
    r"(?:fire|petrol)-?bomb(?:ed|ing)|smash(?:ed|ing) up|"
    r"shatter(?:ed|ing) (?:the )?windows (?:of|in)|bombed|shattered|(?:ripped|tore|torn) through|"
    r"burn(?! (?:injuries|wounds|victims|unit|ward))|"
    r"bulldoz(?:ed|ing)|damages|(?:set|setting|sets)(?= (?:[\w’'-]+ ){1,4}?(?:ablaze|alight|on fire)\b)|"
    # houses or roads blown up by troops, not a bomb set off at them: "the army detonated houses in the village",
    # "detonated sections of the roads across the border"
    r"detonat(?:ed|ing)(?= (?:[\w-]+ )?(?:houses|homes|buildings|residential|roads?|bridges?|railways?|sections? of|"
    r"parts of|stretches of)\b)|"
    r"caus(?:ed|ing) (?:a )?(?:minor |small |large |huge |massive )?fires?\b"
)
# energy systems: hit is damage ("missiles hit substations")
_ENERGY = (
    rf"power (?:plants?|stations?|lines?|grid|facilities)|{_POWER_PLANT_INITIALS}|substations?|"
    r"(?:energy|power|electricity|gas) "
    r"(?:infrastructure|system|facilities|facility|network|grid|supply)|hydroelectric plant|dam|"
    r"(?:oil )?refiner(?:y|ies)|(?:oil|fuel|gas) (?:depots?|storage(?: sites?| facilit(?:y|ies)| tanks?)?|tanks?)|"
    r"(?:gas|power|electricity|heat) (?:distribution|compressor|pumping) (?:stations?|points?|networks?)"
)

# how many projectiles a side says it downed: "15 drones were shot down", "downs 15 drones"
_DOWNED_COUNT = (
    r"(?:(?:a total of |at least |more than |over |some )?\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens of|scores of|hundreds of|"
    r"several|multiple|numerous|a number of)"
)
# a truce a party will not extend: no agreement, talks about one
_REFUSED_TO_EXTEND = (
    r"\b(?:will not|won't|would not|refused to|refuses to|declined to|refusal to|rejection of calls to) (?:agree to )?"
    r"(?:extend|renew|prolong)\b"
)
# police fighting armed men: a clash, not unrest ("police clash with gang members")
_WITH_ARMED_MEN = (
    r"(?! with (?:an? |the )?(?:(?:group|band|gang) of )?(?:heavily |well-)?(?:armed |suspected )?(?:gangs?|"
    r"gang members|gunmen|militants|rebels|bandits|insurgents|armed|cartel\w*|criminals|drug traffickers)\b)"
)
# a halt a party demands, of what follows: "demanded a halt to all military activities, including shelling"
_HALT_DEMANDED = r"\b(?:halt|end|stop|cessation|ban|freeze) (?:to|of|on) (?:all |the )?[^;]{0,100}\b"
# an answer given, not promised: "to which the army gave a befitting reply" (a clash, and no threat)
_REPLY_GIVEN = r"\b(?:gave|given|giving|delivered) (?:a |an )?(?:befitting|crushing|fitting) (?:reply|response)\b"
# force ordered, not yet used: "ordered renewed military strikes on Gaza"
_ORDERED_FORCE = r"\bordered (?:renewed |new |fresh |immediate |powerful |more )?(?:military )?"
# shells made safe after the fact: "the bomb squad defused two unexploded mortar shells fired by Pakistan"
_ORDNANCE_MADE_SAFE = (
    r"\b(?:bomb|disposal|demining|sapper) (?:squads?|teams?|units?) (?:\w+ ){0,3}?(?:defused|destroyed|disposed of|"
    r"detonated|neutrali[sz]ed|recovered|removed)\b|\bdefus(?:ed|ing) (?:[\w-]+ ){0,4}?(?:shells?|"
    r"bombs?|mines?|ieds?|explosives?|devices?|rockets?|mortars?|ordnance)\b"
)
# a crowd that gathered to mourn, pray or celebrate: no protest ("thousands gathered for the funeral")
_NOT_TO_MOURN_OR_CELEBRATE = (
    r"(?![^.;]{0,40}?\b(?:funerals?|burials?|prayers?|mourn\w*|weddings?|celebrat\w*|festivals?|concerts?)\b)"
)
# gatherings banned: a threat to the crowd, no crowd yet ("banned any procession and congregation", "prohibited all
# vehicular convoy protests", "authorities ban protesters from the square"); not a ban defied ("a banned protest")
_PROTESTS_BANNED = (
    r"\b(?<!\ba )(?<!\bthe )(?:banned|bans|banning|prohibited|(?:to|will|would|authorities|police|officials|"
    r"government) ban)(?: and (?:blocked|restricted|prohibited))? (?:all |any |the )?(?:[\w-]+ ){0,2}?(?:rall(?:y|ies)|"
    r"protests?|demonstrations?|processions?|"
    r"(?:public )?gatherings?|convoys|marches|assembl(?:y|ies)|protesters|demonstrators)\b"
)
# a government's protest to another, not a protest in the street: "China has protested to Myanmar", "sent a letter
# to the foreign ministry protesting the incursion", "the events have been protested by the foreign ministry"
_DIPLOMATIC_PROTEST = (
    r"\bprotested (?:to|the presence)\b|\b(?:letters?|notes?|communiqu[eé]s?)\b[^;]{0,80}?\bprotesting\b|"
    r"\bprotested by (?:the |its )?(?:[\w-]+ ){0,2}?(?:ministry|government|embassy)\b|"
    r"\bdiplomatic (?:counter-)?protests?\b|\b(?:issued|issues|lodged|filed) (?:a |an |its )?counter-protest\b|"
    # an envoy recalled or an office left as a protest: "withdrew their ambassadors from Israel in protest"
    r"\b(?:withdr[ae]w|recall(?:ed|s)?|summon(?:ed|s)?|boycott(?:ed|s)?|resign(?:ed|s)?|walked out|"
    r"suspend(?:ed|s)?)\b[^.;]{0,80}?\bin protest\b"
)
# fighting told as a possibility or as the setting of a report: "further clashes cannot be ruled out", "Mali and
# Niger are fighting a jihadist insurgency"
_POSSIBILITY_OR_SETTING = (
    r"\b(?:cannot|can ?not|can't|could not|couldn't) be ruled out\b|"
    r"\b(?:are|is) (?:\w+ )?fighting (?:a|an) (?:[\w-]+ ){0,3}?(?:insurgency|rebellion|war)\b"
)
# fire in a military drill or exercise, not at an enemy ("an artillery unit fires during a military drill")
_IN_A_DRILL = r"\b(?:during|in) (?:a |an |the )?(?:[\w-]+ )?(?:military |joint |live-fire )?(?:drills?|exercises?)\b"
# a person's killing by gunfire, as killings are told: "was shot dead", "were gunned down"
_SHOT_KILLED = r"(?:shot dead|shot and killed|shot to death|gunned down)"
# a person shot, killed or not: "was shot and seriously wounded at a campaign rally"
_SHOT_DOWN = rf"(?:{_SHOT_KILLED}|shot and (?:seriously |critically |gravely |badly )?(?:wounded|injured))"
# attacks told as a habit or a trend, not as an event ("drone attacks are a daily occurrence")
_HABITUAL = re.compile(
    r"\b(?:frequently|regularly|routinely|often|typically|daily occurrence|every (?:day|night|time)|usually|rarely|"
    r"(?:near|nearly|almost)[- ]daily|sometimes|"
    r"(?:are|is) (?:relatively |very |fairly |increasingly |less |more |rather )?(?:common|frequent|recurrent)|"
    # "clashes have been frequent", "have stepped up attacks … this year"
    r"(?:has|have) been (?:\w+ )?(?:common|frequent)\b|"
    r"(?:has|have) stepped up (?:their |its )?(?:attacks|operations)\b[^;]{0,80}?\b(?:this year|in recent)|"
    r"for (?:previous|past) attacks|"
    r"(?:has|have) become (?:\w+ )?(?:common|frequent|routine|commonplace)|reputation for|"
    r"(?:conduct\w*|carr(?:y|ies|ied|ying) out|launch\w*) (?:frequent|regular|routine|periodic)|"
    r"throughout (?:the|their|its) war|throughout (?:[\w-]+ ){1,2}(?:months|years) of (?:war|conflict|fighting)|"
    r"on (?:several|multiple|numerous|many) occasions|"
    r"seldom|at will|(?:has|have) ramped up|(?:has|have) continued to (?:conduct|carry out|launch)|"
    r"continues? to (?:conduct|carry out|launch|stage)|notorious for|known for|(?:has|"
    r"have) (?:suffered|faced|endured) (?:repeated|frequent|numerous|several) |"
    r"focus(?:es|ed)? on attacking|(?:are|is|were|was) (?:\w+ )?rare|"
    r"(?:has|have) repeatedly|repeatedly (?:launching|firing|targeting|attacking|striking|shelling)|"
    r"(?:ability|capacity|capability) to (?:strike|attack|carry out|launch)|"
    r"continues? to terrori[sz]e|"
    r"(?:has|have|had) doubled|"
    # a war's record and aim told as its boilerplate: "have killed thousands in their campaign to carve out a state"
    r"(?:has|have) killed (?:tens of |hundreds of )?thousands\b|\b(?:in|during) (?:their|its) (?:[\w-]+ )?"
    r"(?:campaign|insurgency|bid|drive|quest) to (?:carve|establish|create|impose|set up|build|overthrow|topple)\b|"
    r"(?<!fighting )(?<!clashes )(?<!hostilities )(?:has|have|had) (?:increased|"
    r"intensified) (?:sharply|steadily)?"
    r"(?!\s*(?:recently )?(?:near|in|around|along|on|at)\b)"
    # not the trend's cause, an act told after it: "tensions have intensified after Pakistan launched air strikes"
    r"(?!\s*(?:after|following) (?:[\w-]+ ){1,4}?(?:launched|carried out|conducted|struck|attacked|fired|killed|"
    r"bombed|shelled|stormed|seized)\b)|"
    r"in recent (?:years|months)|over the years|for (?:years|decades)|(?:in|over) the (?:past|last) (?:[\w-]+ )?"
    r"(?:years|months)|"
    # a group's record and a trend: "is known to have carried out", "had previously been spared from attacks",
    # "attacks by armed groups continue to drive displacement"
    r"known to have|(?:has|have|had) previously(?! (?:reported|said|announced|stated|claimed|confirmed|told))|"
    r"spared (?:from )?(?:\w+ )?attacks|continues? to drive|"
    # "Lviv had largely been spared the scale of destruction unfolding further east"
    r"(?:had|has|have) (?:\w+ )?been spared (?:the |from )?(?:[\w-]+ ){0,3}?(?:destruction|fighting|bombardment|"
    r"shelling|violence|war)|"
    # a group's habits and a country's long war: "has long used IEDs", "has increasingly staged attacks",
    # "concentrate their attacks on rural areas", "Niger is battling two jihadist insurgencies"
    r"(?:has|have|had) long (?:used|targeted|attacked|carried out|launched|waged|fought)|increasingly (?:staged|"
    r"carried out|launched|targeted|attacked|mounted)|"
    r"concentrate(?:s|d)? (?:their|its) attacks|"
    # a trend or a record: "has witnessed a series of attacks since", "an upsurge in armed attacks", "are not new"
    r"(?:has|have) witnessed (?:a |an )?(?:[\w-]+ )?(?:series|spurt|spate|surge|wave|string|rise|increase|upsurge) of|"
    r"(?:upsurge|spurt|spate) in (?:[\w-]+ ){0,2}?(?:attacks|violence)|(?:are|is) not new\b|trademark of|"
    r"(?:has|have) been facing (?:\w+ )?attacks|(?:has|have) been fighting for (?:the )?(?:independence|autonomy)|"
    r"(?:is|are) (?:also )?battling (?:an? |two |three )?(?:[\w-]+ ){0,2}?"
    r"(?:insurgency|insurgencies|armed groups|rebellions?)|skilled at|"
    # a group's record, a place's lot and what a base served for: "has a long history of ambushes", "is a known
    # target for", "are suffering attacks and incursions", "used to plan and carry out attacks", "have battled the
    # military since independence"
    r"history of (?:[\w-]+ ){0,2}?(?:ambush|attack|raid|bomb|violen|fight|clash|insurg|incursion)\w*|"
    r"known (?:target|base|hotspot|stronghold)s? (?:for|of)|"
    r"(?:is|are) (?:facing|suffering) (?:[\w-]+ ){0,2}?(?:attacks|incursions|raids)|"
    r"to plan (?:and (?:execute|carry out|conduct|launch) )?(?:[\w-]+ ){0,3}?attacks|"
    r"(?:battled|fought|fighting) (?:[\w-]+ ){0,6}?since independence|"
    # an attack counted among others: "this is the second such attack this week", "not the first time"
    r"not the first time|(?:this|it|that) (?:is|was|marks|marked) (?:at least )?(?:the )?(?:second|third|fourth|fifth|"
    r"sixth|"
    r"\d+(?:nd|rd|th)) (?:such |major |deadly |large-scale |military )*(?:[\w-]+ ){0,2}?(?:attacks?|raids?|assaults?|"
    r"incidents?|strikes?))\b"
)
# a rehearsal of war, not war: drills and war games with their simulated targets, and weapons tests ("the drills
# featured precise strikes on simulated targets", "launched a new missile in a test")
_EXERCISE = (
    r"\bsimulat(?:ed|ing|ions?)\b|\b(?:drills|war ?games)\b|\b(?:missile|weapons?) tests?\b|"
    r"\btest-?(?:fired|firing|launch(?:ed|es|ing)?)\b"
)
_HABITUAL_OR_EXERCISE = re.compile(rf"{_HABITUAL.pattern}|{_EXERCISE}")
# fighting told as having died down or halted, the calm a truce brought: "fighting, airstrikes and bombardment have
# subsided", "Russia halts air strikes as Syria truce takes hold" (what the sentence model's guess is held to as well)
_SUBSIDED = (
    r"\b(?:fighting|air ?strikes|airstrikes|bombardments?|bombing|shelling|clashes|attacks|hostilities)\b[^;.]{0,40}?"
    r"\b(?:have|has|had) (?:\w+ )?(?:subsided|ceased|died down)\b|\b(?:halt(?:s|ed)?|stop(?:s|ped)?|cease[sd]?|"
    r"suspend(?:s|ed)?) (?:its |their |all )?(?:air ?strikes|airstrikes|bombing|bombardments?|air raids)\b"
)
# a state's protest, lodged with another: a statement, not a crowd ("a formal protest from Hanoi to Beijing")
_STATES_PROTEST = (
    r"\b(?:formal|diplomatic|official|strong|strongly[- ]worded) protests? (?:from|to|with|against|over|by)\b"
)
# a non-state group firing missiles or "strikes" at Israel: rocket fire, as the reports of it mean (its drones, and
# missiles told as ballistic or cruise ones, are strikes from the air, as the guide has every side's; and a sentence
# that names aircraft tells of their strikes: "warplanes bombed Hamas sites … balloons launched")
_ROCKET_CONTEXT = re.compile(
    r"^(?!.*\b(?:drones?|uavs?|ballistic|cruise|hypersonic|warplanes?|(?:fighter )?jets?|aircraft|helicopters?)\b).*?"
    r"\b(?:hezbollah|hamas|islamic jihad|qassam brigades)\b[^;]{0,60}?\b(?:fired|launched|targeted|said it "
    r"(?:fired|launched|targeted))\b",
    re.IGNORECASE,
)
# mortar rounds that struck a place: fire the guide counts as rocket fire, not an air strike
_MORTARS_STRUCK = re.compile(
    r"\bmortar (?:shells?|rounds?|bombs?)\b[^;]{0,20}?\b(?:struck|hit|landed|fell)\b", re.IGNORECASE
)
# shells told by where they fell, with no artillery, tanks or fighting named: projectile fire the guide counts as
# rocket fire ("shells probably fired by the rebels fell into the village"), not a clash
_SHELLS_LANDED = re.compile(
    r"^(?!.*\b(?:artillery|tanks?|howitzers?|clash\w*|battles?|gunfire|firefights?|gun ?battles?)\b)"
    r".*\bshells?\b[^;]{0,60}?\b(?:fell|landed|landing|falling)\b",
    re.IGNORECASE | re.DOTALL,
)
# multiple rocket launchers fire rockets, whatever verb tells it ("used Smerch launchers to shell the city")
_MLRS = re.compile(
    r"\b(?:multiple[- ](?:launch )?(?:rocket|missile)[- ]launch\w*|multiple[- ]launch (?:rocket|missile) systems?|mlrs|"
    r"[“\"]?(?:grad|smerch|uragan)[”\"]? (?:[\w-]+ ){0,2}?(?:rockets?|missiles?|"
    r"launchers?|systems?)|bm-(?:21|27|30)|katyushas?)\b",
    re.IGNORECASE,
)
_NO_AIR_FORCE = (
    r"al-shabaa?b|shabaa?b|isis|islamic state|boko haram|iswap|jnim|rsf|rapid support forces|sleeper cells?|gangs?|"
    r"bandits|"
    r"insurgents?|jihadi(?:st)?s?|militants?|rebels?|terrorists?|extremists?|guerrillas?|eln|farc|maoists?|"
    r"naxal(?:ite)?s?"
)
# what states sell, send or pledge to one another
_ARMS = (
    r"arms|weapons?|missiles?|tanks?|jets?|aircraft|helicopters?|drones?|howitzers?|artillery|ammunition|munitions|"
    r"rockets?|air defen[cs]es?|(?:military )?equipment"
)
# where arms are kept: what a blast or a fire there damages
_ARMS_DEPOTS = r"(?:ammunition|arms|weapons|munitions?) (?:depots?|dumps?|warehouses?|stores?|storage)|arsenals?"
# shelter sought from attacks, not an attack ("dug shelters for protection from artillery and drone attacks")
_SHELTERED_FROM = (
    r"\b(?:protect\w*|shelters?|refuge|safety) (?:\w+ )?(?:against|from) (?:the )?(?:[\w-]+ (?:and )?){0,3}?(?:bombs|"
    r"missiles|drones|strikes|attacks|shelling|bombardments?)\b"
)
_VESSEL = (
    r"(?:cargo |merchant |oil |chemical |fishing )?(?:ships?|vessels?|tankers?|dhows?|freighters?|bulk carriers?|"
    r"trawlers?)"
)
# a ship attacked by men who come aboard, not by weapons from the air: a clash ("pirates attacked a tanker off
# Lome", "gunmen boarded the cargo ship")
_SHIP_BOARDED = re.compile(
    r"^(?!.*\b(?:missiles?|drones?|rockets?|air|aerial|jets?|warplanes?|aircraft|helicopters?|uavs?|houthis?|"
    r"huthis?|torpedo\w*|mines?|projectiles?)\b)"
    r".*\b(?:pirates?|gunmen|militants|abu sayyaf|armed (?:men|individuals|robbers)|boarded|boarding)\b"
    rf".*\b{_VESSEL}\b",
    re.IGNORECASE | re.DOTALL,
)
# a person taken by an armed group: an abduction ("the man was captured by terrorists")
_PERSON_CAPTURED = (
    r"\b(?:m[ae]n|wom[ae]n|civilians?|villagers?|farmers?|fishermen|herders?|person|people|child(?:ren)?|boys?|girls?|"
    r"he|she|they|traders?|drivers?|passengers?) (?:was|were|had been|has been|have been) (?:\w+ )?captured by "
    r"(?:the )?(?:suspected )?(?:terrorists|militants|insurgents|jihadi(?:st)?s|gunmen|rebels|bandits|kidnappers|"
    r"fighters|armed men|assailants)\b"
)
# "Lebanon blamed the attacks on Israel": the party blamed, not the target of an attack
_BLAMED_ATTACKS = r"\bblam\w* (?:the |these |those )?(?:[\w-]+ )?attacks? on\b"
# violence said to be growing: " (of) escalating violence", " intensifying aggression"
_GROWING_VIOLENCE = (
    r" (?:an? |the )?(?:escalat\w*|intensif\w*|rising|growing|increasing|spiral\w*|further|renewed|more|wider|"
    r"worsening) (?:[\w‘’'-]+ )?(?:violence|aggression|fighting|bloodshed|conflict|clashes|tensions?|insecurity|"
    r"displacement|escalation|war|hostilities)\b"
)
# an alert of incoming fire or a warning of power cuts, not a threat of force
_ALERT_NOT_THREAT = (
    r"\bwarn\w* (?:of|about) (?:\w+ )?incoming\b|\bwarn\w* (?:of|about) (?:\w+ ){0,2}?(?:cuts|outages|blackouts|"
    r"shortages)\b"
)
# armed forces, and a high state of alert they are put on (the threat pattern's forces readied)
_ARMED_FORCES = r"(?:military|army|armed forces|forces|troops)"
_ON_ALERT = (
    r"on (?:a |the )?(?:high|full|maximum|top|highest|combat|red|heightened)(?: level of)?(?: combat)? "
    r"(?:state of )?alert\b"
)
# a bomb set off on the ground, or bombing by a force with no aircraft: a bombing on the ground, which the
# guide counts as a clash ("a homemade bomb injured seven", "bombing attacks by insurgents")
_GROUND_BOMBING = re.compile(
    r"^(?!.*\b(?:drones?|missiles?|warplanes?|jets?|aircraft|air ?strikes?|airstrikes?|air raids?|aerial|"
    r"helicopters?|uavs?|planes?|air force|rockets?|russia(?:ns?)?|israel(?:is?)?|idf|coalition|u\.s\.|american|"
    r"syrian|junta|regime|guided|glide)\b)"
    r".*\b(?:(?:homemade|home-made|improvised|roadside|planted|hidden|car|truck|suicide|remote-controlled|"
    r"remotely detonated|remote-detonated|pipe|sticky|magnetic|motorcycle|motorbike) (?:bombs?|explosives?|"
    r"devices?)|bombs? (?:(?!by\b)[\w-]+ ){0,8}?(?:exploded|exploding|explodes?|went off|going off|detonated)|"
    r"bombs? (?:(?:was|were|had been|has been) )?(?:\w+ )?(?:planted|hidden|placed|attached)\b|"
    r"grenades?|ieds?|bomb (?:scene|site)|"
    r"bombs? (?:\w+ ){0,5}?(?:were|was|have been|had been|has been) (?:detonated|set off)|bombing (?:that |"
    r"which )?target\w* "
    r"(?:an? |the |their |its )?(?:[\w-]+ ){0,2}?(?:patrol|vehicle|convoy|checkpoint|bus|car|market|mosque|church)|"
    # no air force claims its raids: "the group claimed responsibility for the bombing"; a twin bombing
    r"(?:claim\w*|took|takes) (?:\w+ ){0,2}?responsibility for\b[^;]*?\bbombings?|"
    r"\bbombings?\b[^;]*?\b(?:claim\w*|took|takes) (?:\w+ ){0,2}?responsibility\b|"
    r"(?:carried out|conducted) (?:the |this |that )bombing\b|bombs? (?:ripped|tore|torn) through|"
    r"(?:was|were|is|are) (?:[\w“”\"-]+ ){0,2}?behind (?:the |this |these |a )?(?:[\w-]+ )?bombings?|"
    # a bomb told by what it held or scattered, a spree of bombings, one that killed, bombs set off on oneself
    r"bombs? (?:contained|containing|fragments|blitz|spree|spread|sprayed)|bombing (?:spree|attacks?)|"
    r"(?:by an? |an? |the )?bombs? (?:kills?|killed|injures?|injured|wounds?|wounded)|detonated (?:the |their |his |"
    r"her )?bombs|"
    r"(?:twin|dual|double) bombings?|(?:mosque|church|market|shrine|hotel|bus|wedding|funeral|suicide) bombings?|"
    # a bombing at a building: "10 killed in bombing at Egypt security HQ"
    r"bombings? (?:at|outside) |"
    r"suicide (?:attacks?|bombers?)|(?:tossed|tosses|toss|threw|throws|throw|thrown|hurled|hurls|lobbed) (?:an? |two |"
    r"three )?(?:[\w-]+ )?(?:bombs?|explosives?)|(?:bombs?|explosives?) (?:(?:was|were) )?(?:thrown|hurled|lobbed|"
    r"tossed)\b|(?:blew|blow|blowing) up (?:an? |two |three |the |their |his |her )?(?:[\w-]+ )?bombs?\b|"
    r"explosive devices?|(?:bomb|car|truck|suicide) (?:blasts?|explosions?)|bomb attacks?|vehicle bombs?|"
    r"bomb (?:and|or) (?:gun|arson|grenade|shooting) attacks?|bomb and gun|"
    r"blasted (?:\w+ )?bombs|bombs? (?:were |was )?blasted|"
    r"(?:car|vehicle|bus|truck|convoy|patrol)\b[^;]{0,60}?\bhit by (?:an? |the )?bomb\b|"
    r"explosives?-laden|(?:bombing|blast|explosion) at (?:an? |the )?(?:[\w-]+ )?checkpoint|"
    r"(?:explosive|suicide) (?:belts?|vests?)|"
    # blasts that rocked a church or struck a neighbourhood with nothing in the air named: bombs set on the ground
    r"(?:explosions|blasts) (?:rocked|shook|hit|struck)\b[^;]{0,40}?\b(?:church(?:es)?|mosques?|shrines?|markets?|"
    r"neighbou?rhoods?)\b|"
    r"artillery (?:strikes?|shells?|fire|bombardments?|barrages?)|howitzers?|"
    rf"(?:bombings?|bombardment|bombs?) (?:[\w-]+ )?(?:by|from) (?:the )?(?:[\w-]+ )?(?:{_NO_AIR_FORCE})|"
    rf"(?:{_NO_AIR_FORCE}) (?:[\w-]+ )?bombs?\b|"
    rf"(?:{_NO_AIR_FORCE})(?: [\w-]+){{0,3}}? (?:have |has |had )?(?:carried out|conducted|launched|claim(?:s|ed)?|"
    r"set off|detonated) (?:[\w-]+ ){0,3}?bomb|"
    rf"(?:{_NO_AIR_FORCE})\b[^;]{{0,80}}?\bwith (?:\w+ )?(?:bombs|explosives)|"
    # "IS terrorists bombed two power towers", "a rebel bombing"
    rf"(?:{_NO_AIR_FORCE})(?: [\w()-]+){{0,2}}? (?:have |has |had )?bombed\b|"
    r"(?:rebel|militant|insurgent|terrorist|guerrilla|jihadist) bombings?)",
    re.IGNORECASE | re.DOTALL,
)
# the sides whose fire a report names ("Indian firing", "Thai shelling"): evidence of the fighting, not only of a toll
_FIRING_SIDES = (
    r"indian|pakistani|israeli|russian|ukrainian|azerbaijani|armenian|rsf|turkish|syrian|enemy|thai|cambodian"
)
# an attack warned against: a possibility, not an event ("Egypt warned on Sunday against an Israeli ground attack")
_WARNED_AGAINST = (
    r"\bwarn\w*(?: [\w-]+){0,3}? against (?:an? |the |any )?(?:[\w-]+ ){0,3}?(?:attack|offensive|assault|invasion|"
    r"operation)\b"
)
# a riot among prisoners: gangs fighting each other (a clash), not unrest
_PRISON_RIOT = (
    r"\b(?:prison|jail|penitentiary) riots?\b|\briots?\b(?=[^;]*\b(?:prisoners|inmates|prisons?|jails?|"
    r"penitentiar(?:y|ies))\b)"
)
# an offensive named as the start of a running total: "killed since Israel launched its assault on Jenin"
_SINCE_LAUNCHED = (
    r"\bsince (?:[\w-]+ ){1,2}?(?:launched|began|started) (?:its|their|the|a) (?:[\w-]+ ){0,2}?(?:assault|offensive|"
    r"operation|campaign|incursion|invasion)"
)
# places an official toured after they were attacked: "touring recently attacked communities including Rann"
_VISITED_ATTACKED = r"\b(?:touring|toured|visited|visiting|tour of|visit to) (?:the )?(?:recently |newly )?attacked\b"
# the scene of a bombing told after it, as photo captions tell it: "civilians inspect the site of a bomb attack",
# "a vigil near the scene of a car bomb explosion" (a caption that only "shows the scene" still tells the attack)
_A_BOMBING = r"(?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:bomb\w*|blasts?|explosions?|attacks?)\b"
_SCENE_AFTERWARDS = (
    r"\b(?:inspect\w*|search\w*|gather\w*|vigils?|mourn\w*|extinguish\w*|cordon\w*|clear\w*)\b[^;]{0,40}?\b"
    rf"(?:at|near|in) the (?:site|scene) of {_A_BOMBING}|\b(?:inspect\w*|search\w*) the (?:site|scene) of "
    rf"{_A_BOMBING}|\bsearch\w* for (?:the )?victims of {_A_BOMBING}"
)
# flares fired over a town light it up: no strike, no shelling
_FLARES = r"\b(?:[\w-]+ ){0,2}fired (?:\w+ )?(?:flares|illumination (?:rounds|shells|bombs))\b"
# people displaced by fighting told of as its consequence: a displacement figure, not a clash (fighting at a place
# named, "displaced by heavy fighting in Tunga", is a cause given a place of its own: the clash too)
_DISPLACED_BY = (
    r"\b(?:displaced|fled|flee|fleeing)\b[^;]{0,60}?\b(?:due to|by|because of|as a result of|owing to|from) (?:the )?"
    r"(?:[\w-]+ ){0,2}?(?:hostilities|fighting|clashes|violence|attacks?|conflict)\b(?! (?:in|across)\b)|"
    r"\b(?:fled|fleeing|flee|escaped|"
    r"escaping) "
    r"(?:the )?(?:[\w-]+ ){0,2}?(?:fighting|clashes|violence|hostilities)\b(?! (?:in|at|near|around|between)\b)"
    r"|^\W*(?:[\w-]+ ){0,3}?(?:clashes|fighting|violence) (?:has |have |had )?(?:displaces?|displaced|forces?)\b"
)
# a cause given a place of its own: "injured in the clashes which took place in Sila" tells of the clashes too
_TOOK_PLACE_IN = r" (?:which|that) (?:took place|erupted|broke out|occurred|raged) (?:in|at|near|around|along)\b"
# an attack named only as the cause of a toll or of damage: evidence of those, not of the attack
_NAMED_AS_CAUSE = (
    # "six others were killed during the raid", "had been killed during the operation" (not "during the raid on")
    r"\b(?:killed|wounded|injured|dead|died)\b (?:\w+ )?during the (?:raid|operation)\b(?! (?:on|in|near|at|against|"
    r"to)\b)(?=\s*[.,;]|\s*$)|"
    r"\b(?:casualties|deaths|injuries)\b[^;]{0,30}?\bcaused by\b[^;]*|\bdeaths? (?:from|in) (?:the |an? )?"
    r"(?:[\w-]+ )?(?:strike|attack|bombing|shelling)\b|"
    r"\b(?:the|its|their) (?:\w+ )?(?:air ?strike|airstrike|strike|attack|bombing|shelling|raid|assault)s?(?: (?:on|"
    r"in) [\w ]{1,25}?)?(?<! which)(?<! that) "
    r"(?:had |has |have )?(?:killed|wounded|injured|left|resulted in|caused)\b|"
    r"\bvictims of (?:the )?(?:\w+ )?(?:air ?strikes?|airstrikes?|"
    r"bombings?|shelling|attacks?|strikes?)\b|\bas a result of (?:\w+ ){0,2}?(?:air ?strikes?|airstrikes?|bombings?|"
    # (an attack given a target or place of its own: "as a result of an attack on a police checkpoint in Bannu")
    r"shelling|attacks?|strikes?|fighting)\b(?! (?:on|against|in|near|at) )|\btoll (?:in [\w-]+ )?(?:from|of) (?:the |"
    r"an? )?(?:[\w-]+ ){0,2}?(?:air ?strikes?|"
    r"airstrikes?|strikes?|attacks?|bombing|shelling)\b(?! (?:on|in|near|against|that|which|targeting)\b(?! \d|"
    rf"{_WEEKDAY}\b))"
    r"|\btoll (?:from|of) (?:the )?ongoing (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|airstrikes?|bombardment|shelling|"
    r"fighting)\b"
    r"|\b(?:invasion|bombardment|offensive|campaign)\b[^;]{0,40}?\b(?:has|have|had) (?:so far )?(?:displaced|killed|"
    r"left)\b"
    # "troops who were killed in combat", "soldiers killed in the fighting" (not "killed in fighting in Sloviansk")
    r"|\b(?:killed|died|wounded|injured|dead)\b (?:\w+ )?in (?:combat|action|(?:the )?(?:ensuing )?fighting)\b"
    r"(?! (?:in|at|near|around|on|for|between|with|that|which)\b)"
)
# an attack a statement names or denies, told by who condemned it: "Sharif denounced the bombing", "Zelensky called the
# strike a terrorist attack", "Russia denied carrying out a missile strike on the station"; not one it gives a target,
# a place or an attacker of its own ("UNHCR condemns an attack by armed assailants on Toumour")
_ATTACK_SPOKEN_OF = (
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:ied|ies|y)|called|calling|described|describing|termed|labell?ed|"
    r"branded) (?:the |this "
    r"|that |these |those |yesterday['’]s |\w+day['’]s )?(?:[\w-]+ )?(?:bombings?|attacks?|strikes?|airstrikes?|"
    r"shelling)\b(?! (?:on(?! (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|at|by|against|near|targeting|which|that|"
    r"carried|launched|perpetrated)\b| in (?!a statement|"
    r"a post|a tweet|his|her|their|its)\w)|\bden(?:y|ies|ied|ying) (?:carrying out|launching|conducting|responsibility "
    r"for|any involvement in)\b(?: (?:an? |the |any )?(?:[\w-]+ ){0,2}?(?:strikes?|attacks?|bombings?|shelling|"
    r"raids?)\b)?"
    # the strikes a body is concerned about: "deeply concerned about the recent exchange of military strikes"
    r"|\b(?:concerned|alarmed|worried)['’”\"]? (?:about|over|at|by) (?:the )?(?:recent |latest )?(?:exchange of )?"
    r"(?:[\w-]+ ){0,2}?(?:strikes|attacks)\b"
    # what was done, named an attack by who speaks of it: "called it a hybrid attack on critical infrastructure",
    # "said the shooting was “an attack on law enforcement”", "described the incursion as intentional"
    r"|\b(?:called|calling|calls|described|describing|termed|labell?ed|branded) (?:it|this|that|them) (?:as )?"
    r"[“\"‘']?(?:an? |the )?(?:[\w-]+ ){0,3}?(?:attack|assault)s?\b"
    r"|\bsaid (?:that )?(?:the|this|it)(?: [\w-]+){0,4}? (?:was|is) [“\"‘']?(?:an? )?(?:[\w-]+ ){0,2}?(?:attack|"
    r"assault) on\b"
    r"|\b(?:condemn\w*|denounc\w*|described|describing|called|calling) (?:the |this |that )?(?:[\w-]+ )?incursions?\b"
)
# a risk named, not an attack: "civilians remain at high risk from airstrikes, shelling and landmines"
_AT_RISK_FROM = r"\bat (?:\w+ )?risk (?:from|of) [^;.]{0,60}"
# force announced as near, a threat and no strike yet: "warned that airstrikes against Syria were imminent", "told
# Russia to 'get ready' for missiles"
_FORCE_ANNOUNCED_NEAR = (
    r"\b(?:air ?strikes?|airstrikes?|strikes?|attacks?|invasion|offensive|assault)\b[^;]{0,30}?\b(?:are|is|were|was) "
    r"(?:\w+ )?imminent\b|\bget ready[”\"'’]? for (?:[\w.-]+ ){0,2}?(?:air ?strikes|airstrikes|missiles|war)\b"
)
# a head of government in the chair of the country's own council: "Pashinyan chaired a sitting of the Security Council"
_CHAIRED_SECURITY_COUNCIL = (
    r"\b(?:chaired|chairs|chairing) (?:a |an |the )?(?:[\w-]+ )?(?:sitting|meeting|session) of (?:the |his |its )?"
    r"(?:national )?security council\b"
)
# armed men as reports name them when they shoot or are said to have shot someone
_GUNMEN = r"gunmen|fighters|militants|attackers|assailants|bandits|insurgents|jihadi(?:st)?s|rebels|armed men"
# armed bands named by what they do: "drive-by shooters", "settlers", "gang members"
_ARMED_BANDS = r"militiamen|militias?|shooters|gunman|settlers|raiders|terrorists|gang members|gangsters|kidnappers"
# people that go back to a country, as counted: "Syrians", "Afghan nationals", "families"
# the peoples reports count crossing borders, fleeing or going home: "2,300 Congolese arrived", "Syrians returned"
_UPROOTED_PEOPLES = (
    r"syrians|iraqis|afghans|sudanese|rohingyas?|lebanese|ukrainians|congolese|burundians|somalis|ethiopians|"
    r"eritreans|malians|venezuelans|haitians"
)
_RETURNING_PEOPLE = (
    rf"people|persons|individuals|families|households|refugees|idps|returnees|nationals|citizens|{_UPROOTED_PEOPLES}"
)
_ATTACKERS = r"israeli|russian|ukrainian|houthi|iranian|indian|pakistani|junta|regime|rsf|hezbollah|hamas|m23"
# "over" a truce is not when it spans a time: "a ceasefire over the Christmas period"
_HOLIDAY_SPAN = (
    r"(?! (?:the |a |an |this |next |its )?(?:[\w-]+ )?(?:christmas|new year|eid|easter|ramadan|holidays?|festive|"
    r"festivities|weekend|period|season|days?|weeks?|months?|\d))"
)
# a promise told in the future, spelt out or contracted: "will", "would", "you'll"
_SHALL = r"(?:will|would|(?:you|they|he|she|we|it)['’]ll)"
_SUPPLY = r"electricity|power|water|gas|heating"  # what a strike cuts off
# words that make an attack a fight on the ground
_GROUND_CONTEXT = re.compile(
    # not where aircraft carried it out ("Israeli aircraft launched raids on …")
    r"^(?!.*\b(?:aircraft|warplanes?|fighter jets?|air force)\b[^;]{0,30}?\b(?:launched|carried out|conducted) "
    r"(?:\w+ )?(?:raids|strikes|attacks)\b)(?=.*(?:"
    r"\b(?:gunm[ae]n|militants?|terrorists?|"
    r"jihadi(?:st)?s?|rebels?|insurgents?|bandits?|guerrillas?|fighters|troops|soldiers|(?:border|frontier) guards|"
    r"tanks|(?<!air )(?<!drone )raids?|raided|shot and killed|shot dead|"
    r"came under (?:heavy |small[- ]arms |mortar |artillery )?fire(?! from (?:the )?(?:air|drones?|aircraft|jets))|"
    r"armed (?:men|groups?|people|individuals|elements)|militia\w*|paramilitar\w*|detachment|ambush\w*|ground|"
    r"infantry|al[- ]shabaab|jnim|iswap|"
    r"boko haram|rsf|m23|gangs?|fano|tplf|adf|codeco|hts|sdf|taliban|ttp|settlers?|shooting(?! down)|assailants|"
    r"attackers|"
    r"separatists?|secessionists?|ambazonians?|nsags?|"
    r"non-state|isis|isil|islamic state|daesh|sleeper cells?|al-qaeda|aqap|"
    r"motorcycles|motorbikes|outposts?|artillery|howitzers?|to (?:seize|capture|storm|overrun))\b"
    r"|\b(?:on|along|in) the [\w'’-]+ (?:front|direction|axis)\b"  # "attacks on the Pokrovsk front"
    r"|\battacks? (?:overnight |late |early )?on (?:the )?(?:[\w-]+ ){0,3}?village of\b"  # a village overrun
    r"))",
    re.IGNORECASE | re.DOTALL,
)

# fire from guns on the ground with nothing from the air beside it: artillery, tanks, shelling (which the guide
# counts as a clash: "Israeli forces shelled the town", "an artillery bombardment by the regime forces")
_ARTILLERY_FIRE = re.compile(
    r"^(?!.*\b(?:air|aerial|air ?strikes?|airstrikes?|air raids?|strikes?|missiles?|drones?|uavs?|jets?|warplanes?|"
    r"aircraft|planes?|helicopters?|rockets?|shaheds?|navy|naval|warships?|gunboats?|bombs?|bombed|bombing|barrel|"
    r"dropped)\b)"
    r".*\b(?:artillery|howitzers?|tank (?:fire|shells?|rounds?)|shelled|shelling)\b",
    re.IGNORECASE | re.DOTALL,
)

# an attack told with no weapon from the air and by none of the parties that mostly strike from it
# ("they attacked Shinkafi town and three villages"): on the ground. Read as written, so that the
# United States ("US") is not the pronoun ("they attacked us")
_NOTHING_FROM_THE_AIR = re.compile(
    r"^(?!.*\b(?:air|aerial|air ?strikes?|airstrikes?|strikes?|struck|missiles?|drones?|rockets?|bomb\w*|jets?|"
    r"warplanes?|aircraft|planes?|helicopters?|shahed|shell\w*|artillery|mortars?|projectiles?|barrages?|oblasts?|"
    r"overnight|energy (?:infrastructure|facilit(?:y|ies)|grids?)|"
    rf"{_ATTACKERS}|israel|russia|ukraine|iran|(?-i:US)|u\.s\.|american|coalition|nato)\b)",
    re.DOTALL | re.IGNORECASE,
)

PATTERNS: tuple[ExtractionPattern, ...] = (
    ExtractionPattern(
        id="rocket-pause",
        gate=("rocket", "siren", "-hour", "-day"),
        type=EventType.ROCKET_PAUSE,
        triggers=triggers(
            r"\b(?:rockets?|rocket (?:fire|attacks|barrages)|sirens?)\b[^;]{0,40}?"
            r"\b(?:stopped|halted|paused|ceased|fell silent|went quiet|died down)\b[^;]{0,30}?\bfor\b",
            r"\bafter an? [\w-]+-(?:hour|day) (?:break|lull|pause|respite|quiet|silence|calm)\b",
        ),
        pause=True,
        duration=True,
        suppresses=frozenset({EventType.ROCKET_FIRE}),
    ),
    ExtractionPattern(
        id="rocket-fire",
        gate=(
            "shell",
            "rocket",
            "salvo",
            "mortar",
            "projectile",
            "siren",
            "katyusha",
            "qassam",
            "grad",
            "launches",
            "indirect fire",
        ),
        type=EventType.ROCKET_FIRE,
        triggers=triggers(
            r"\b(?:fired|fires|firing|launched|launching|launches|shot|lobbed|rained|used|using|"
            r"continu(?:ed|es|e|ing) to (?:fire|launch))\b[^;]{0,50}?\b(?:rockets?|"
            r"salvos? of rockets|rocket barrages?|mortars?|projectiles)\b",
            # with an aside between dashes: "600 rockets and other projectiles - over 150 of them intercepted - have
            # been fired at southern Israeli cities"
            r"\b(?:rockets?|salvos?|mortars?|mortar (?:rounds|shells|bombs))\b[^;]{0,40}?"
            r"(?:[-–—(][^;()–—]{0,80}?[-–—)][^;]{0,10}?)?\b(?:were|have been|had been|was)\s+(?:fired|launched)\b",
            # the army's word for them: "a number of launches originating in Lebanon", "launches from Lebanon toward
            # Israel were identified"
            r"\blaunches (?:were (?:identified|detected) )?(?:originating )?(?:from|in) (?:southern |south )?"
            r"(?:lebanon|gaza|yemen|syria|iraq)\b",
            r"\b(?:rockets?|salvos?)\b[^;]{0,25}?\b(?:struck|hit|landed|slammed|fell|killed|wounded|injured|"
            r"exploded|sparked|started|set off)\b",
            # a place covered or pounded with a figure of rockets: "covered Tel Aviv, central cities and areas
            # surrounding Gaza with more than 100 rockets"
            r"\b(?:covered|pounded|bombarded|targeted|attacked|hit|struck) [^;]{1,80}? with (?:more than |over |some |"
            r"about |around |at least |nearly )?(?:\d[\d,]*|dozens of|hundreds of|scores of|a barrage of) (?:[\w-]+ )?"
            r"rockets\b",
            r"\brocket (?:barrages?|salvos?|fire) (?:targeted|hit|struck|pounded|rained)\b",
            r"\brockets (?:target|targeted|hit|strike|pound|rain on)\b",
            r"\b(?:projectiles|rockets) (?:were |was )?(?:identified |detected )?crossing\b",
            # "reports of all types of projectiles landing in the areas of Ghoat Al-Shaal, …"
            r"\bprojectiles? (?:\w+ )?(?:landing|landed|fell|falling|struck|hit|slammed)\b",
            r"\b(?:barrage|salvo|volley) of (?:[\w-]+ ){0,3}?(?:projectiles|rockets)\b",
            r"\b(?:hit|struck) by (?:a |an )?rockets?\b",
            r"\brocket (?:fire|barrages?|salvos?|attacks?) (?:on|at|against|resumed|continued|hit|struck|into)\b",
            r"\brocket (?:fire|firing|launches|launching)\b(?! (?:would|will|could)\b)",
            r"\b(?:kept up|continued|resumed|stepped up)\b[^;]{0,20}?\brocket (?:fire|barrages?|attacks?)\b",
            r"\bsirens?\b[^;]{0,40}?\b(?:sound|sounds|sounded|blare|blares|blared|blaring|wail|wails|wailed|went off|"
            r"go off|goes off|rang out|ring out|(?:were |was )?activated|(?:were |was )?triggered|(?:were |"
            r"was )?set off|(?:were|was) (?:also )?heard)\b|"
            r"\btrigger(?:ed|ing)? (?:[\w-]+ ){0,2}?sirens\b|\b(?:rocket|red alert) alarms?\b",
            r"\brockets?\b[^;]{0,40}?\b(?:were|was|being|been) intercepted\b|\bintercept\w* (?:\w+ ){0,3}?rockets?\b",
            r"\b(?:exchanged|traded)\b[^;]{0,40}?\brockets?\b",
            r"\b(?:katyushas?|qassams?|grad (?:rockets?|missiles?|attacks?|strikes?|fire)|an? mortar (?:fired|"
            r"landed|struck|hit|exploded|fell)|mortars? (?:fired|launched) by|mortar (?:rounds?|shells?|"
            r"fire|bombs?|shelling|"
            r"bombardments?|attacks?|barrages?|strikes?|explosions?)|mortars? (?:\w+ )?(?:hit|struck|landed|landing|"
            r"fell|falling|exploded))\b",
            # mortars answered with mortars: "responded with mortars", "traded mortar fire"
            r"\b(?:traded|exchanged|responded|retaliated|returned fire|answered)\b[^;]{0,40}?\bmortars?\b",
            r"\buse of (?:\w+ )?mortars?\b",
            # border bulletins' tallies: "39 strikes from mortars were carried out", "6 strikes by mortars"
            r"\b(?:strikes|attacks|shots|hits) (?:from|by|with) (?:\w+ )?mortars?\b",
            r"\b(?:attack\w*|shell\w*|struck|hit|target\w*|bombard\w*|"
            # "targeting villages with artillery fire, heavy-calibre mortars and automatic weapons"
            r"pound\w*)\b[^;]{0,60}?\bwith (?:[\w,-]+ (?:and )?){0,4}?(?:mortars?|rockets|katyushas?)\b",
            r"\brocket strikes?\b|\b(?:came|come|comes|coming) under indirect fire\b|\bindirect fire attacks?\b",
            # shells told by where they fell, not by the guns that fired them: "two shells had landed in Goma",
            # "the shells fell randomly in several locations" (not "artillery shells landed")
            r"\b(?<!artillery )(?<!tank )(?<!howitzer )(?<!artillery and )shells?\b(?! of\b)(?: [\w-]+){0,6}? "
            r"(?:landed|fell|exploded|crashed)\b",
            r"\brocket attacks?\b|\brockets? (?:and (?:\w+ )?(?:missiles|mortars|projectiles|shells) )?"
            r"(?:fired|launched) (?:at|toward|towards|into|from|on|across|by)\b",
        ),
        unless=re.compile(
            r"\bqassam brigades?\b|\banti-tank\b|\brocket-propelled grenades?\b(?! and (?:\w+ )?mortars)|"
            r"\bgrenade (?:blasts?|attacks?|"
            r"explosions?)\b|"
            r"\bsirens?\b[^;]{0,120}?\bfalse alarms?\b|"
            r"\brocket (?:launchers?|factory|workshops?)\b|\b(?:halt|halting|stop|stopping|end|ending|prevent|deter|"
            r"curb)\w* (?:the )?rocket fire"
        ),
        retype=(
            (
                re.compile(
                    r"^(?!.*\b(?:rockets?|mortars?|grads?|katyushas?)\b).*\b(?:missiles?|"
                    r"drones?)\b",
                    re.IGNORECASE,
                ),
                EventType.AIR_STRIKE,
            ),
        ),
        counts=frozenset({"projectiles"}),
        per_place=True,
        factual=True,
        excludes=_HABITUAL_OR_EXERCISE,
    ),
    ExtractionPattern(
        id="air-strike",
        gate=(
            "strike",
            "air operation",
            "air offensive",
            "air campaign",
            "air raid",
            "air attack",
            "air support",
            "aviation",
            "helicopter",
            "gunship",
            "plane",
            "air assault",
            "artillery assault",
            "aerial",
            "warplane",
            "jet",
            "aircraft",
            "bomb",
            "missile",
            "drone",
            "shahed",
            "explosions",
            "blasts",
            "attack",
            "air and ground",
            "munition",
            "uav",
            "unmanned",
            "iskander",
            "kinzhal",
            "kalibr",
            "tomahawk",
            "kh-",
            "geran",
            "volley",
            "salvo",
            "precision",
            "targeted",
            "raid",
            "used",
            "targets",
            "hits",
            "pounds",
            "pounded",
            "shells",
            "attacks",
            "quadcopter",
            "airpower",
            "air power",
            "airborne",
            "struck",
            "hit",
            "bombed",
            "ship",
            "vessel",
            "tanker",
            "projectile",
            "dropped",
            "war plane",
            "counterstrike",
            "counter-strike",
            "debris",
            "fragments",
            "wreckage",
            "retaliated with",
            "hit by",
            "interdiction",
            "strafe",
            "strafing",
        ),
        type=EventType.AIR_STRIKE,
        triggers=triggers(
            # "Iran responds with missile fire on Israel", "drones have been used to target militant hideouts"
            r"\b(?:missile|drone) (?:fire|barrages?|salvos?) (?:on|at|against|into|toward|towards)\b|"
            r"\b(?:drones?|warplanes?|jets|helicopters?|aircraft) (?:were |was |have been |has been |had been )?"
            r"used to (?:target|attack|strike|bomb|hit)\b",
            # aircraft firing their guns: "a fighter jet strafed it", "the helicopters shot at the village"
            r"\bstraf(?:ed|ing|es)\b|\b(?:helicopters?|gunships?|jets?|aircraft|warplanes?|planes?)\b (?:\w+ ){0,2}?"
            r"(?:shot at|fired (?:at|on|upon)|opened fire (?:on|at))\b",
            # an air force as the side that attacked: "the Israeli air force responded with an attack on the house"
            r"\bair force (?:\w+ ){0,2}?(?:responded|retaliated|replied|hit back) with (?:an? |the )?(?:[\w-]+ )?"
            r"(?:attacks?|strikes?|raids?|bombings?)\b|\bair force (?:also |then |later |again )?(?:attacked|struck|"
            r"bombed|hit|targeted|pounded)\b",
            # a country struck again, drones that came down: "Israel has now struck Syria for a third day", "another
            # drone fell in Radwaniya"
            r"\b(?:has |have |had )?(?:struck|bombed|pounded) (?:syria|lebanon|yemen|iran|iraq|gaza|ukraine)\b|"
            r"\bdrones? (?:also )?(?:fell|crashed|came down) (?:in|on|near|into)\b",
            # missiles that killed: "the missiles killed 31 people in Pakistan-administered Kashmir"
            r"\b(?:the|their|its|israeli|russian|indian|pakistani|[\w-]+-fired) missiles? (?:also )?(?:killed|kills)\b",
            # a target hit by an unmanned aircraft; bombings as the answer to an attack
            r"\bhit by (?:an? )?(?:unmanned|enemy|[\w-]+) (?:[\w-]+ )?(?:aircraft|drones?|uavs?)\b|\bretaliated with "
            r"(?:[\w-]+ )?(?:bombings|air ?strikes|airstrikes)\b",
            r"\b(?:air ?strikes?|airstrikes?|air raids?|air attacks?|air interdictions?|"
            r"air assaults?(?! (?:forces|troops|brigades?|"
            r"divisions?|corps|regiments?|battalions?|units?)\b)|aerial (?:and ground )?"
            r"(?:bombardments?|attacks?|strikes?|bombing|assaults?|shelling|fire)|"
            r"aerial(?:,| and) (?:[\w-]+(?:,| and) ){0,2}?(?:[\w-]+ )?shelling|"
            # strikes named by a list of weapons: "missile, drone and artillery strikes", "air and artillery attacks"
            r"(?:missile|drone|air)(?:,? (?:and )?(?:missile|drone|artillery|rocket|shelling))+ "
            r"(?:strikes|attacks|assaults)|"
            r"bombardments?|bombing raids?|(?:missile|drone|quadcopter|uav|rocket and drone|"
            r"missile and drone) (?:attacks?|strikes?|"
            r"barrages?|assaults?)|(?:ballistic|cruise|hypersonic|guided|kamikaze|attack|strike|suicide) "
            r"(?:missiles?|drones?)|shaheds?|glide bombs?|bomb(?:ed|s|ing)?|bombard(?:ed|s|ing)?|war ?planes?|"
            r"(?:fighter )?(?:jets?|planes) (?:had |have |has )?(?:also |then |again )?[“\"']?(?:struck|hit|pounded|"
            r"bombed|attacked|targeted)|"
            r"aircrafts? (?:had |have |has )?(?:also |then |again )?(?:struck|hit|targeted|attacked|"
            r"bombed|pounded))\b",
            # aircraft told by whose they are: "aircraft belonging to Haftar hit suspected Islamist positions"
            r"\b(?:aircraft|warplanes?|jets?|planes|helicopters?|gunships?) (?:belonging to|of|from|operated by|"
            r"loyal to|allied (?:to|with)) (?:the )?(?:[\w-]+ ){1,3}?(?:struck|hit|targeted|attacked|bombed|pounded)\b",
            # "a missile destroyed part of a nine-storey apartment building"
            r"\b(?<!downed )(?<!intercepted )(?<!destroyed )(?:missiles?|drones?) (?:destroyed|damaged|demolished|"
            r"wrecked) (?:part of |parts of )?(?:an? |the |two |several )",
            # (not an "anti-missile system")
            r"\b(?<!anti-)(?:missiles?|drones?|projectiles?)\b[^;]{0,30}?\b(?:struck|strike|striking|hit|hits|hitting|"
            r"targeting|"
            r"landed|slammed|pounded|targeted|attacked|rained|"
            r"exploded|crashed into)\b",
            r"\b(?:fired|firing|launched|launching|launches|fires|sent|used)\b[^;]{0,30}?\b(?:missiles?|drones?)\b"
            # "three missiles were launched at Najran"
            r"|\b(?<!anti-)(?:missiles?|drones?)\b[^;]{0,30}?\b(?:were|have been|had been|was)\s+(?:fired|launched)\b"
            # "a missile launched by Iranian-backed rebels in Yemen brought air traffic to a halt"
            r"|\b(?:missiles?|drones?) (?:launched|fired) (?:by|from)\b"
            # "announced the launch of hypersonic Fattah-1 missiles at Tel Aviv"
            r"|\b(?:launch|launching|firing) of (?:[\w-]+ ){0,3}?(?:missiles|drones) "
            r"(?:at|on|toward|towards|against)\b",
            # strikes named by the jets that flew them, impacts of missiles, drones used or attacking
            r"\b(?:fighter[- ])?jet strikes?\b|"
            r"\b(?:jets|warplanes|planes|aircraft) (?:are |were |have been )?(?:continuing to |continue to |"
            r"continued to )(?:hammer|pound|bomb|strike|target)\w*|\b(?:jets|warplanes) (?:hammered|hammer|"
            r"hammering|pound|bomb|strike|hit)\b|"
            r"\b(?:missiles?|drones?|rockets?) (?:made|caused|left) (?:\w+ )?impacts?\b|"
            r"\b(?:explosive|armed|kamikaze|attack) drones? (?:had |have |has )?(?:been |were |was )?used\b|"
            r"\b(?:attacked|targeted) (?:[\w()-]+ ){0,5}?(?:by|with) (?:an? )?(?:[\w-]+ ){0,2}?(?:drones?|missiles?|"
            r"missiles and drones|helicopters|helicopter gunships|warplanes|jets)\b",
            r"\b(?:provided|providing|gave|giving) (?:close )?air support\b|\bwith (?:close )?(?:air|aerial) support\b|"
            r"\b(?:coordinated |joint )?air and ground (?:assaults?|attacks?|operations?|offensives?)\b|"
            r"\b(?:backed|supported|assisted|covered) by "
            r"(?:air ?power|air support|warplanes|fighter jets|helicopter gunships|attack helicopters)\b",
            rf"\b{_DOWNED_COUNT} (?:shaheds?|drones?|missiles?|uavs?)\b[^;]{{0,30}}?\b(?:were |was )?(?:shot down|"
            rf"intercepted|downed)\b|"
            rf"\b(?:downs|downed|shoot down|shoots down|shot down|intercepts|intercepted|destroys|destroyed) "
            rf"{_DOWNED_COUNT} "
            r"(?:[\w-]+ ){0,2}?(?:drones|missiles|uavs)\b",
            r"\b(?:an?|one) (?:[\w-]+ ){0,2}?(?:drone|missile|uav) (?:was |had been )?(?:\w+ )?(?:shot down|"
            r"intercepted|downed|brought down)\b|"
            r"\b(?:shot|shoot|shoots) down (?:an?|one|the) (?:[\w-]+ ){0,2}?(?:drone|missile|uav)\b|"
            # downed where they flew, however many: "jets shot down drones flying over northern Jordan"
            r"\b(?:shot|shoot|shoots) down (?:[\w-]+ ){0,2}?(?:drones|missiles|uavs) (?:flying |heading )?"
            r"(?:over|above)\b",
            r"\b(?:attack\w*|struck|strikes?|hit|targeted|targeting) [^;]{0,40}?\bwith (?:\w+ ){0,3}?(?:missiles?|"
            r"drones?)\b",
            r"\b(?:strikes?|massive strike) (?:on|against|in|near|at|targeting|that|which|across)\b|"
            # "strikes took place in the Boya tehsil and the Degan forests"
            r"\bstrikes (?:took place|were carried out|were conducted) (?:in|on|at|near|across)\b",
            r"\b(?:israeli|russian|ukrainian|u\.s\.|us|american|british|indian|pakistani|junta|regime|army|military|"
            r"coalition|saudi-led|houthi|iranian|turkish|sudanese|air|new|fresh|latest|deadly|overnight|further|"
            r"renewed) "
            r"strikes?\b",
            r"\bstrikes? (?:were|was|have been|had been) (?:carried out|launched|conducted|reported)\b",
            r"\bstrikes? (?:also )?(?:hit|hits|struck|pounded|targeted|killed|destroyed|damaged|levelled|leveled|"
            r"caused|left|disrupted|knocked out|cut off|"
            r"wounded|injured)\b",
            # fire from the air beside troops on the ground: "with air support", "shot at it from helicopters"
            r"\bwith (?:the )?(?:help|support|backing) of (?:[\w-]+ )?(?:drones|aircraft|helicopters|jets|warplanes|"
            r"aviation)\b|\bwith air support\b|\baviation and ground forces\b|"
            r"\b(?:shot|fired|opened fire)\b[^;]{0,30}?\bfrom (?:a |an |the )?(?:helicopters?|gunships?|aircraft|"
            r"planes?|drones?)\b",
            r"\b(?:israel|russia|ukraine|iran|india|pakistan|us|u\.s\.|houthis|hezbollah|hamas|army|junta|military) "
            # (not a party's targets as a noun: "a ground operation against Hezbollah targets in the south")
            r"(?:strikes|bombs|pounds|hits|attacks|targets(?! (?:in|of|across|near|inside|along|belonging)\b)) "
            r"(?!back\b|by\b)",
            # a state's forces as the subject: "Israel struck an Iranian radar", "the IDF said it struck a depot"
            r"\b(?:israel|russia|ukraine|iran|india|pakistan|the us|the u\.s\.|(?:israeli|russian|ukrainian|iranian|"
            r"indian|pakistani|american|u\.s\.|us|coalition|saudi-led|turkish|junta|regime) (?:forces|military|army|"
            r"jets|warplanes|air force|navy)|the (?:military|idf|air force|navy)|"
            r"(?:military|army|idf|air force) said it) "
            rf"(?:also |then |later |(?:on |early |late )?{_WEEKDAY} )?(?:struck|hit|targeted|bombed|pounded) "
            r"(?:an? |the |two |several |\w+ )",
            # ships attacked at sea
            r"\b(?:attack\w*|target\w*|struck|hit) (?:[\w-]+ ){0,3}?(?<!passenger )(?:ships?|vessels?|tankers?|"
            r"warships?|freighters?|bulk carriers?)\b|"
            r"\b(?:ships?|vessels?|tankers?|warships?) (?:was |were |had been |has been )?(?:\w+ )?"
            r"(?:attacked|targeted|struck|hit)\b",
            r"\b(?:carried out|conducted|launched) (?:[\w“”\"'’-]+ ){0,3}?(?:strikes?|bombings)\b",
            # "Iran and Israel exchange heavy strikes"
            r"\bexchang(?:e|es|ed|ing) (?:heavy |fresh |new |more |deadly )?(?:air ?strikes|airstrikes|missile strikes|"
            r"strikes)\b",
            # (not one on a base or a post: "soldiers killed in attack on military base in Nassoumbou")
            r"\b(?:in|one) (?:one )?(?:israeli |russian )?attack on (?!the |an? |his |her |their )"
            r"(?!(?:[\w-]+ ){0,2}?(?:bases?|camps?|"
            r"posts?|outposts?|checkpoints?|barracks|positions|police)\b)",
            r"\b(?:explosions|blasts) (?:were |have been |could be )?(?:heard|reported|rocked|shook)\b",
            r"\b(?:air|aerial) (?:campaign|offensive|assault(?! forces)|bombardment)\b|\bcounter-?strikes?\b",
            r"\b(?:barrel bombs?|dropped (?:[\w-]+ ){0,3}?(?:bombs?|munitions|explosives|incendiary weapons|grenades)|"
            r"helicopter gunships?|gunships?|loitering munitions?|uavs?|"
            r"unmanned aerial vehicles?|iskanders?|kinzhals?|kalibrs?|tomahawks?|kh-\d+|geran-\d|volleys? of missiles|"
            r"salvos? of missiles|precision strikes?|targeted strikes?)\b",
            r"\b(?:series of |several |multiple |loud |powerful )?(?:explosions|blasts) (?:rocked|shook|hit|struck)\b",
            r"\b(?:launched|carried out|conducted) (?:\d+ (?:air )?|[\w-]+ air )raids\b|"
            r"\braids? (?:hit|struck|targeted)\b",
            r"\b(?:drones|missiles|warplanes|aircraft) (?:were )?used\b",
            r"\b(?:missile|rocket-propelled missile|ballistic missile) (?:shelling|bombardment)\b",
            r"\b(?:attack|strike) of (?:an? |the )?(?:fpv |kamikaze |enemy |russian |attack )?drones?\b",
            # drones armed for an attack: "drones carrying explosives damaged a police building", "using armed drones
            # against the troops' main defense area"
            r"\b(?:drones?|uavs?|quadcopters?)\b (?:carrying|laden with|loaded with|armed with|packed with) "
            r"(?:[\w-]+ ){0,2}?(?:explosives|bombs|grenades|munitions)\b|\busing (?:armed |attack |kamikaze |suicide |"
            r"explosive-laden )?drones (?:against|to (?:attack|strike|target|hit|bomb))\b",
            # "grenade fragmentation rounds were dropped from a drone", as border bulletins tell them
            r"\bdropped (?:from|by) (?:an? |the )?(?:[\w-]+ )?(?:drones?|uavs?|quadcopters?|copters?)\b",
            r"\b(?:drones?|quadcopters?|helicopters?|aircraft|warplanes?|jets?) (?:\w+ )?(?:fired|opened fire|"
            r"dropped)\b|\b(?:drones?|helicopters?|gunships?|aircraft|warplanes?|jets?) (?:(?:also|then|have|has|had|"
            rf"since|reportedly|overnight|later|again|last night|(?:on )?{_WEEKDAY}) ){{0,2}}(?:attacked|destroyed|"
            r"attacks?|struck|strikes?|bombed|bombs?|pounded|pounds?|killed|shelled|"
            r"targeted|targets?)\b|"
            r"\bairborne (?:attack|assault|counter-?attack|strike)\b|\baerial operations? (?:in|on|against|over)\b|"
            # "the Turkish military launched another air operation called Claw-Eagle in northern Iraq"
            r"\b(?:launched|launches|launching|began|begun|started|conducted) (?:an? |another |a new |its |the )?"
            r"(?:[\w-]+ )?(?:aerial|air) (?:operation|offensive|campaign)s?\b|"
            r"\bhelicopter (?:gunships? )?(?:attacks?|"
            r"strikes?)\b",
            # targets listed after the strike: "among the terror hubs hit were Muridke, Kotli and Sawai"
            r"\b(?:targets|hubs|sites|camps|facilities|locations|bases) (?:\w+ )?(?:hit|struck|targeted|bombed) "
            r"(?:were|included|include)\b",
            r"\b(?:hit|struck|pounded) (?:\w+ )?targets in\b|\bhit by (?:an? |the )?(?:[\w-]+ )?(?:missiles?|drones?|"
            r"air ?strikes?|airstrikes?)\b|"
            r"\b(?:heard|hearing) (?:several |multiple |loud |powerful |\w+ )?(?:blasts|explosions)\b|\b(?:blasts|"
            r"explosions) (?:were |was )?(?:also )?heard\b|\battack helicopters?\b",
            # a downed drone's or missile's debris landing: "fragments also hit a building in Darnytskyi"
            r"\b(?:the |falling )?(?:debris|fragments|wreckage)\b (?:also |reportedly )?(?:hit|struck|fell on|"
            r"fell onto|damaged)\b",
        ),
        unless=re.compile(
            rf"{_AT_RISK_FROM}|{_SUBSIDED}|"
            # weapons an arsenal holds: "over 130,000 rockets and missiles capable of striking anywhere in Israel"
            r"\bcapable of (?:striking|hitting|reaching|targeting)\b|"
            # strikes of labour, not of war: "shopkeepers in Isfahan joined strikes", "went on strike"
            r"\b(?:joined|join|joins|joining|called(?: for)?|calls(?: for)?|calling(?: for)?|staged|staging|held|"
            r"went on|go on|going on) (?:a |the )?(?:general |nationwide |national |labou?r |hunger |sit-down )?"
            r"strikes?\b|"
            # bombs found or made safe, not set off: "two more bombs were found later in the vicinity"
            r"\bbombs?\b[^;]{0,20}?\b(?:were|was|had been|have been|has been) (?:\w+ )?(?:found|discovered|defused|"
            r"recovered|seized|dismantled)\b|"
            # a bomb only threatened or feared: "bomb threats against Malaysia found in Indonesia", "a bomb scare"
            r"\bbomb (?:threats?|scares?|hoax(?:es)?|alerts?)\b|"
            # drones that watch: "SMM unmanned aerial vehicles spotted new trenches", "UAVs carried out reconnaissance
            # flights overhead"
            r"\b(?:smm|osce|monitoring|surveillance|reconnaissance) (?:long-range |mid-range |mini-)?(?:uavs?|unmanned "
            r"aerial vehicles?)\b|\b(?:uavs?|unmanned aerial vehicles?)(?: \(uavs?\))? (?:spotted|recorded|monitored|"
            r"observed|carried out reconnaissance|conducted reconnaissance|flew reconnaissance)\b|"
            # drones used to find: "police had used a drone to detect armed men crossing the border"
            r"\b(?:used|using|uses|use|deployed|deploying) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:drones?|uavs?)\b"
            r"[^;]{0,60}?\bto (?:detect|track|monitor|spot|locate|search|watch|film|survey|scan|find)\b|"
            # the alarm for strikes, not a strike: "the air and missile strike alarm has been cancelled"
            r"\bstrike (?:alarms?|alerts?)\b|"
            # strikes denied, and aircraft that only flew over: "it conducted no airstrikes in Gaza", "warplanes were
            # flying over southern Lebanese regions"
            r"\b(?:conducted|carried out|launched|made) no (?:new |further )?(?:air ?strikes|airstrikes|strikes|"
            r"attacks|raids)\b|"
            r"^(?!.*\b(?:bomb\w*|strik\w*|struck|hit|attack\w*|fired|raid\w*|target\w*|shot down|downed)\b).*"
            r"\b(?:warplanes|jets|"
            r"aircraft|drones)\b[^;]{0,30}?\b(?:flying|flew|circling|circled) over\b|"
            # ground raids named for what they hunt: "search-and-strike operations against Russian units"
            r"\bsearch[- ]and[- ](?:strike|destroy)\b|"
            # a unit's name ("the 7th Corps of the Air Assault Forces") where nothing else comes from the air
            r"^(?!.*\b(?:air ?strikes?|airstrikes?|air raids?|bomb\w*|missiles?|drones?|aircraft|jets?)\b).*\bair "
            r"assault (?:forces|troops|brigades?|divisions?|corps|regiments?|battalions?|units?)\b|"
            # "After the airstrike, all schools were evacuated": the strike told before, named as a time
            r"^\W*after the (?:[\w-]+ )?(?:air ?strikes?|airstrikes?|strikes?|attacks?|bombing|bombardment)\b|"
            # strikes a party demands be halted or urges be refrained from, and strikes forecast as likely
            rf"{_HALT_DEMANDED}(?:air ?strikes|airstrikes|bombings?|bombardments?|shelling)\b|"
            r"\b(?:stop|stopping|halting|ground|grounding) (?:the )?(?:aerial |air )?(?:bombardments?|bombings?|"
            r"warplanes)\b|"
            r"\b(?:refrain|desist|abstain) from (?:\w+ ){0,2}?(?:air ?strikes|airstrikes|"
            r"bombing)\b|"
            r"\b(?:air ?strikes|airstrikes)\b[^;]{0,30}?\b(?:are|is|were|was) (?:\w+ )?likely\b|"
            r"\b(?:further|more|new) (?:air ?strikes|airstrikes) (?:\w+ )?likely\b|"
            rf"{_FORCE_ANNOUNCED_NEAR}|"
            # weapons tested, not fired at anyone: "tested its most powerful nuclear device, a hydrogen bomb"
            r"\b(?:nuclear|atomic|hydrogen) (?:tests?|devices?|bombs?)\b|\btest-fir\w*|\bmissile tests?\b|"
            # drones and helicopters that watch or are moved: "aerial surveillance, movement of UAVs"
            r"\baerial surveillance\b|\b(?:movement|redeployment|deployment) of (?:\w+ )?(?:uavs?|drones?|"
            r"helicopters?)\b|"
            # helicopters sent to a town; strikes ordered, not yet made (a threat); residents told to stay alert to them
            r"\b(?:sent|deployed|dispatched|sending|deploying|sends|"
            r"deploys) (?:an? )?(?:[\w-]+ ){0,3}?(?:attack helicopters?|helicopters|(?:fighter )?jets?|warplanes)\b"
            r"(?:[^;]{0,40}? and (?:an? )?(?:[\w-]+ ){0,2}?(?:attack helicopters?|helicopters?|(?:fighter )?jets?)\b)?|"
            rf"{_ORDERED_FORCE}(?:air ?)?strikes\b|"
            r"\b(?:alert|vigilant) (?:to|for|against) [^;]{0,80}?\b(?:air ?strikes|airstrikes|drones)\b|"
            + _BLAMED_ATTACKS
            + r"|"
            + _NAMED_AS_CAUSE
            + r"|"
            + _ATTACK_SPOKEN_OF
            + r"|"
            + _SCENE_AFTERWARDS
            + r"|"
            # (not a strike first told with its weapon: "killed by a Russian missile strike as he waited for a bus")
            r"\b(?:killed|wounded|injured|damaged|destroyed|casualties)\b[^;]{0,30}?\b(?:in|by|from) "
            r"(?!an? (?:[\w’'-]+ )?(?:missile|drone|rocket) strike)(?:the |an? )?(?:[\w’'-]+ ){0,2}?"
            r"(?:aerial bombardments?|aerial attacks?|air attacks?|air raids?|air ?strikes?|airstrikes?|bombardments?|"
            r"strikes?|bombing)\b(?! (?:on|against|targeting|near|in|at|from|across|along|outside|(?:that|which) "
            r"(?:targeted|hit|struck)|(?:north|south|east|west) "
            r"of) | (?:(?:carried out|conducted|launched) )?by [^;]{1,40}? (?:on|against|targeting|in|near|at) )"
            r"|\b(?:killed|wounded|injured|damaged|destroyed|casualties)\b[^;]{0,40}?\bdue to (?:the )?(?:[\w-]+ )?"
            r"(?:air ?strikes|airstrikes|strikes|bombardments?|bombing)\b(?! (?:on|against|targeting|near|in|at) )"
            # attacks by a ground force ("settlers kill one Palestinian in attack on a village"), unless air strikes are
            # named too ("launches air strikes to counter a Taliban attack on the city")
            r"|^(?!.*\b(?:drones?|missiles?|rockets?|aircraft|jets?|warplanes?|air ?strikes?|airstrikes?|air raids?)\b)"
            r".*\b(?:settlers?|gunmen|bandits|"
            r"militiamen|insurgents|militants|jihadi(?:st)?s|rebels|terrorists|extremists|attackers|fighters|cadres|"
            r"al-shabaa?b|shabaa?b|boko haram|iswap|jnim|taliban)\b[^;]{0,60}?"
            r"\battack on\b(?! (?:[\w-]+ ){0,3}?(?:ships?|vessels?|tankers?|warships?|freighters?)\b)"
            r"|\b(?:step up|stepping up|escalate|intensify|expand)\s+(?:its\s+|the\s+)?"
            r"(?:air ?)?strikes\b|\brockets? and drones\b|\b(?:car|suicide|roadside|truck|lorry|mortar|pressure|pipe|"
            r"nail|parcel|magnetic|sticky|motorcycle|motorbike|petrol|molotov|fire) ?bomb\w*|"
            r"\b(?:attack )?helicopters?\b[^;]{0,30}?\b(?:shot down|downed|brought down)\b|"
            r"\b(?:shock|stun|sound|smoke|mock|tear[- ]gas) (?:bombs?|grenades?|canisters?)\b|"
            r"\b(?:lobbed|lobbing|hurled|hurling|planted|planting|threw|throwing|thrown) (?:an? |the |two |several )?"
            r"(?:[\w-]+ )?"
            r"(?:bombs?|grenades?|explosives?|ieds?)\b|\bbomb (?:shelters?|squad)"
            r"|\bhunger strikes?|\bgeneral strikes?|\bon strike\b|\b(?:shutter-?down|wheel-?jam|transport) strikes?\b|"
            # a strike of workers called off or kept up: "urged the union to withdraw the strike", "the indefinite
            # strike entered its 28th day", "the police pay strike"
            r"\b(?:withdr[ae]w\w*|call(?:ed|ing|s)? off|end(?:ed|ing|s)?|suspend\w*|lift\w*) (?:the|its|their) "
            r"(?:[\w-]+ ){0,2}?strike\b(?! (?:on|against|targeting)\b)|\b(?:indefinite|nationwide|workers’?'?|"
            r"labou?r|teachers’?'?|doctors’?'?|police|pay) strikes?\b|"
            r"\bstrike an? (?:deal|agreement|balance|chord)"
            # a bomb planted on the ground or made in a workshop: "a bomb had gone off by a pond", "a bomb disposal
            # team", "a bomb factory was destroyed"
            r"|\bbomb[- ](?:disposal|squad|experts?|making|makers?|factor(?:y|ies)|workshops?)\b|"
            r"\bbombs? (?:had |has )?(?:gone|went|goes) off\b"
            # bombs found or handed in, not used: "recovered a pistol, a tiffin bomb and explosives"
            r"|\b(?:recover\w*|seiz\w*|found|defus\w*|surrender\w*) (?:[^;]{0,80}?,? )?(?:an? |the |two |several )?"
            r"(?:[\w-]+ ){0,2}?bombs?\b"
            r"|\b(?:making|made|manufactur\w*|assembl\w*|building|stor\w*) (?:\w+ )?(?:bombs|explosives|ieds)\b"
            r"|\b(?:previous|past|prior|earlier) (?:[\w-]+ )?(?:air ?strikes|airstrikes|bombings|raids)\b"
            rf"|{_FLARES}"
            r"|\bair raid (?:sirens?|alerts?|alarms?|warnings?|shelters?)\b|\banti-tank (?:guided )?(?:missiles?|"
            r"rockets?)\b"
            r"|\b(?:blasts|explosions) (?:were |was )?(?:also )?heard\b(?=[^;]*\b(?:firefight|gunfire|gunshots|"
            r"gunmen)\b)|\b(?:firefight|gunfight|gunfire|gunshots|arms fire)\b[^;]*\b(?:blasts|explosions) (?:were |"
            r"was )?(?:also )?heard\b|\b(?:war ?planes?|jets?|aircraft|drones?) (?:would|will) not (?:fly|strike|"
            r"bomb)\b"
            r"|\busing (?:air ?strikes|airstrikes|air power) as\b|\bmust be (?:stopped|halted|ended)\b"
            r"|\b(?:footage|videos?|images|photos|pictures) (?:showing|shows?|of) (?:[\w-]+ ){0,3}?(?:air ?strikes?|"
            r"airstrikes?|strikes?|bombing|explosions?)\b"
            r"|\b(?:fired|launched) (?:[\w-]+ ){0,2}?interceptors?\b|\binterceptors?(?: missiles?)? (?:were|was) "
            r"(?:fired|launched)\b|\bno (?:immediate )?comment\b[^;]*"
            r"|\bdropped (?:off )?(?:[\w-]+ )?(?:forces|troops|soldiers|commandos|paratroopers|leaflets|aid|supplies)\b"
            r"|^.*\b(?:did not|didn't|failed to) (?:hit|strike|reach)\b"
            rf"|{_SHELTERED_FROM}"
            r"|\bdetonated (?:a |an |his |her |the )?(?:[\w-]+ )?(?:bomb|explosive vest|explosives?|device)\b"
            r"|\bin (?:response|retaliation|reprisal) (?:to|for) (?:the )?(?:[\w-]+ )?(?:air ?strikes|airstrikes|"
            r"strikes|"
            r"attacks?)\b|\b(?:stop|halt|end|cease|pause|suspend) (?:all |the |its |their |these )?"
            r"(?:[\w-]+ (?:and )?){0,3}?(?:air ?strikes|airstrikes|strikes|bombing)\b|"
            r"\b(?:cessation|suspension|halt) of (?:all |the |these |its |their )?(?:[\w-]+ )?"
            r"(?:air ?strikes|airstrikes|strikes|bombing)\b"
            r"|\bsince (?:the |[\w-]+(?:’s|'s) )(?:[\w-]+ ){0,2}?(?:missile |drone |air )?(?:strike|attack)\b"
            r"|\b(?:[\w-]+-day|labou?r|nationwide|transport|workers'?) strikes?\b|\brocket (?:strikes?|attacks?)\b"
            r"|\bgrad (?:missiles?|rockets?)\b|\bbombard\w* [^;]{0,40}?\bwith (?:\w+ )?(?:shells|mortars|artillery)\b"
            r"|\bmortar (?:bombardments?|strikes?|attacks?)\b"
            # a sentence whose only strikes are artillery's: "artillery strikes also hit targets in Naqoura"
            r"|^(?!.*\b(?:air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|jets?|aircraft|missiles?|rockets?)\b)"
            r".*\bartillery strikes?\b[^;]*"
            r"|\b(?:drones?|uavs?|aircraft|(?:fighter )?jets?|warplanes?|helicopters?) "
            r"(?:were |was |had been |have been )?(?:also |reportedly )?(?:spotted|sighted|seen|observed|detected)\b"
            r"(?! (?:bombing|striking|firing|attacking|dropping|launching))"
            # strikes that a statement is about, with nothing of their own (no place, target or time)
            r"|\b(?:condemn\w*|regret\w*|concern (?:about|over)|over) (?:the )?(?:reports of )?(?:latest |recent |"
            r"repeated |continued )?(?:[\w.-]+ )?(?:air ?strikes|airstrikes|strikes|attacks|bombings?)\b"
            r"(?! (?:on|near|in|against|south|north|east|west|that|which|targeting)\b)"
            r"|\b(?:heavily |badly |repeatedly |long-)?bombed(?:-out)? (?:city|town|cities|towns|buildings?|"
            r"neighbou?rhoods?|"
            r"districts?|ruins|areas?|streets?|enclave)\b|\bheavily bombed\b"
            r"|\b(?:shot down|intercepted|downed|destroyed) [^;]{0,30}?(?<!anti-)(?:fighter jets?|jets|aircraft|"
            r"planes?|helicopters?)(?!-type)"  # "aircraft-type drones" are drones
            rf"|\b(?:{_CEASEFIRE[3:-1]}|moratorium|halt)\b[^;]{{0,40}}?\bstrikes on\b"
            # water cannon fired at boats; missiles test-fired (North Korea's land in the sea, aimed at no one); jets
            # that take off or patrol
            r"|\bwater cannons?\b|\b(?:ballistic )?missile (?:tests?|test-fir\w*|launch(?:es)?)\b|"
            r"\btest-fir\w* (?:\w+ ){0,3}?missiles?\b|\b(?:north korea|pyongyang)\b[^;]{0,60}?\b(?:fired|fires|firing|"
            r"launched|launches|launching)\b[^;]{0,40}?\bmissiles?\b|\b(?:jets?|warplanes|aircraft)\b (?:\w+ )?"
            r"(?:take|took|taking|takes) off\b|\b(?:jets?|warplanes|aircraft)\b[^;]{0,20}?\bto patrol\b",
        ),
        retype=(
            (_ROCKET_CONTEXT, EventType.ROCKET_FIRE),
            (_MLRS, EventType.ROCKET_FIRE),
            (_GROUND_BOMBING, EventType.GROUND_CLASH),
            (_ARTILLERY_FIRE, EventType.GROUND_CLASH),
            (_SHIP_BOARDED, EventType.GROUND_CLASH),
        ),
        counts=frozenset({"strikes", "projectiles"}),
        per_place=True,
        factual=True,
        excludes=_HABITUAL_OR_EXERCISE,
    ),
    ExtractionPattern(
        # the Houthis' attacks on ships, airports and oil sites are made with missiles and drones, not on the ground
        # ("attacked a Greek-owned coal carrier", "targeted Abha Airport"; "a Saudi oil facility attacked by Houthi
        # rebels")
        id="houthi-strike",
        gate=("houthi", "huthi", "ansar allah", "yemeni armed forces"),
        type=EventType.AIR_STRIKE,
        triggers=triggers(
            rf"\b{_HOUTHIS}\b[^;]{{0,60}}?\b(?:attack\w*|assault\w*|target\w*|struck|hit)\b "
            rf"(?:on )?(?:an? |the )?(?:[\w-]+ ){{0,4}}?(?:ships?|vessels?|tankers?|carriers?|freighters?|shipping|"
            rf"{_HOUTHI_TARGETS})\b|"
            rf"\b(?:{_HOUTHI_TARGETS})\b[^;]{{0,40}}?\battacked by (?:[\w’'-]+ ){{0,3}}?{_HOUTHIS}",
        ),
        suppresses=frozenset({EventType.GROUND_CLASH}),
        counts=frozenset({"strikes", "projectiles"}),
        per_place=True,
        factual=True,
        excludes=_HABITUAL_OR_EXERCISE,
    ),
    ExtractionPattern(
        id="ground-clash",
        gate=(
            "gunman",
            "secured",
            "engagement",
            "surround",
            "push",
            "penetrat",
            "detonat",
            "besieg",
            "blew",
            "entered",
            "enters",
            " enter ",  # "government forces enter Hodeida airport" (not "center")
            "convoy",
            "hideout",
            "liberated",
            "recaptured",
            "reclaim",
            "gun down",
            "gunned down",
            "shot dead",
            "shot to death",
            "moved into",
            "marched into",
            "marching into",
            "rolled into",
            "pushed into",
            "advanced into",
            "wrest",
            "regain",
            "destroy",
            "freed",
            "swept into",
            "sweeping into",
            "sweeps into",
            "sweep into",
            "attempted to",
            "tried to",
            "conflict",
            "subject",
            "initiat",
            "ousted",
            "struck",
            "blast",
            "infiltrat",
            "explosion",
            "youths",
            "riot",
            "siege",
            "settlers ",
            "combat ",
            "occup",
            "invaders",
            "rocked by",
            "cattle raid",
            "roadside",
            "vehicle bomb",
            "exploded",
            "blew up",
            "bomb explosion",
            "bomb blast",
            "exchanges",
            "mine",
            "explosive",
            "shell attack",
            "mortar",
            "gunboat",
            "fighting",
            "continu",
            "clash",
            "battle",
            "fight",
            "exchange",
            "artillery",
            "shell",
            "ground ",
            "offensive",
            "assault",
            "attack",
            "raid",
            "storm",
            "overran",
            "ambush",
            "seiz",
            "firing",
            "gun duel",
            "lobbed",
            "lobbing",
            "hurled",
            "hurling",
            "threw",
            "thrown",
            "throwing",
            "retaliat",
            "returned fire",
            "returned the fire",
            "silenced",
            "howitzer",
            "fired back",
            "shot down",
            "brought down",
            "shot and killed",
            "militia group",
            "armed group",
            "rebel group",
            "insurgent group",
            "jihadist group",
            "separatist group",
            "assassination",
            "response measures",
            "retaliatory measures",
            "descended",
            "swooped",
            "irrupt",
            "occupied",
            "lost",
            "retak",
            "retook",
            "took the",
            "re-took",
            "re-taken",
            "re-captured",
            "took over",
            "taken over",
            "repuls",
            "captur",
            "control of",
            "advanc",
            "incursion",
            "gunmen",
            "gunfire",
            "opened fire",
            "opened heavy",
            "opened intense",
            "opened sporadic",
            "opened random",
            "opened automatic",
            "opened direct",
            "opened indiscriminate",
            "opened targeted",
            "clan",
            "communal",
            "was attacked",
            "were attacked",
            "been attacked",
            "ied",
            "bomb",
            "operation",
            "repel",
            "tanks",
            "fire",
            "invad",
            "invasion",
            "encircl",
            "fell to",
            "falls to",
            "fall of",
            "takeover",
            "conquest",
            "fallen to",
            "times at",
            "times on",
            "front",
            "sniper",
            "crossfire",
            "combat",
            "counter",
            "pushed back",
            "massacre",
            "killing spree",
            "hostilities",
            "battling",
            "intensified",
            "escalated",
            "flared",
            "raged",
            "affected by",
            "impacted by",
            "continue",
            "troops",
            "soldiers",
            "policemen",
            "police officers",
            "gendarmes",
            "servicemen",
            "fighters",
            "rebels",
            "militant",
            "insurgents",
            "jihadis",
            "terrorists",
            "shooting",
            "surge",
            "wave",
            "outbreak",
            "upsurge",
            "spate",
            "gunshots",
            "shots",
            "taking place",
            "raging",
            "ongoing",
            "fled",
            "fleeing",
            "flee",
            "spread",
            "skirmish",
            "shootout",
            "shoot-out",
            "ground attack",
            "vicinity of",
            "armed men",
            "militiamen",
            "attackers",
            "assailants",
            "bandits",
            "small arms",
            "machine gun",
            "grenade launcher",
            "heavy weapons",
            "calib",
            "unprovoked",
            "violence",
            "overrun",
            "neutrali",
            "anti-tank",
            "control",
            "confrontation",
            "inflicted",
            "targeted",
            "advancing",
            "rampage",
            "ploughed",
            "plowed",
            "rammed",
            "drove",
            "smashed",
            "expansion",
            "escalation",
            "intensification",
            "shot at",
            "fight in",
            "operations against",
            "gains",
            "stab",
            "capture of",
            "onslaught",
            "contact with",
            "armed contact",
            "surrendered",
            "device",
            "escalate",
            "armed conflict",
            "engaged",
            "encountered",
            "managed to",
            "resurgence",
            "guerrilla",
            "grenade",
            "unabated",
            "recrudescence",
            "able to",
            "drive-by",
            "driveby",
            # "shot by unknown persons", "shot and wounded by an unidentified gunman"
            "shot by",
            "dead by",
            "death by",
            "down by",
            "killed by",
            "murdered by",
            "wounded by",
            "injured by",
            "waylaid",
            "surrounded by",
            "engulfed",
            "gripped",
            "immersed",
            "mired",
            "embroiled",
            "encounter",
            "returned to",
            "overt",
            "witnessed",
            "witnesses",
            "off against",
            "sweep",
            "taken by",
            "seized by",
            "captured by",
            "driven out",
            "pushed out",
            "forced out",
            "a lot of",
            "lots of",
            "fought",
            "exchanging",
            "bearing down",
            "waging",
            "waged",
            "blockaded",
            "edging",
            "inching",
            "pushing",
            "drove ",
            "pushed ",
            "kicked ",
            "regained",
            "terrorist ",  # "forces killed two terrorist leaders"
            "liberates",
            "broke",
            "breaking",
            "breach",
            "swath",
            "chunks of",
            "tracts of",
            "stretches of",
            "withdr",
            "retreat",
            "pulled out",
            "pulling out",
            "befitting",
        ),
        type=EventType.GROUND_CLASH,
        triggers=triggers(
            # a confrontation told as fighting: "killed during a confrontation on the border", "following intense
            # confrontations", "a violent confrontation broke out" (not "a confrontation with Russia" feared)
            r"\b(?:(?:violent|intense|fierce|heavy|deadly|bloody|military|border) confrontations?|confrontations? "
            r"(?:broke out|erupted)|(?:during|in|after|following) (?:a |an |the )?(?:[\w-]+ )?confrontation "
            r"(?:with|between|on|near|in|at))\b",
            # an aircraft shot down: "the rebels brought down a government helicopter", "an IL-76 was shot down"
            r"\b(?<!accidentally )(?:shot|brought) down (?:of )?(?:an? |the |two |three |its |their |\d+ )?"
            rf"{_NOT_DRONES}{{0,3}}?(?:{_CRAFT})\b|"
            rf"\b(?:{_CRAFT})\b[^;,]{{0,30}}?\b(?:was|were|had been|has been) (?:reportedly )?(?:shot|brought) down\b",
            # a bomber who blew himself up: a bombing on the ground
            r"\bblew (?:himself|herself|themselves) up\b|"
            # "another bomber detonated early on Monday", "the second suicide bomber detonated an explosive device"
            r"\bbombers? (?:\w+ )?(?:detonated|set off|triggered)\b",
            # one blast that tore through a place or a train: "the blast ripped through the centre", "an explosion
            # struck the Jaffar Express", "derailed following a blast on railway tracks"
            r"\b(?:an?|the) (?:[\w-]+ )?(?:explosion|blast) (?:struck|hit|ripped through|tore through|rocked|"
            r"derailed)\b|\bfollowing an? (?:[\w-]+ )?(?:explosion|blast) on\b",
            # a side's forces leaving ground under fire (not a pull-out under a deal or a redeployment, nor foreign
            # troops going home): "after soldiers retreated from Madagali", "Russian troops were withdrawing from key
            # areas of the Kharkiv region ... as Kiev's counteroffensive gained momentum"
            r"\b(?<!foreign )(?<!american )(?<!u\.s\. )(?<!us )(?<!nato )(?<!french )(?<!international )"
            r"(?<!coalition )(?<!peacekeeping )(?:troops|forces|soldiers|army|fighters|rebels|militants|units) "
            r"(?:were |are |was |is |have |had |has )?"
            r"(?:also |almost |entirely |completely |fully |already |now |reportedly ){0,2}"
            r"(?:retreated|retreating|(?:to withdraw|withdrawing|withdrew|withdrawn|pulled out|pulling out)"
            r"(?=[^;]*?\b(?:counter-?offensive|offensive|attacks?|assaults?|fighting|clashes|liberat\w*|recaptur\w*|"
            r"advanc\w*|encircle\w*|pressure)\b)) from "
            r"(?!(?:the |a |an |its |their )?(?:[\w-]+ )?(?:talks|negotiations|agreement|deal|treaty|accord|process|"
            r"coalition|mission|race|elections?|offensive)\b)"
            r"(?![^;]{0,120}\b(?:under|as part of|in line with|in accordance with) (?:the |a |an )?(?:[\w-]+ ){0,3}?"
            r"(?:agreement|deal|ceasefire|truce|accord)\b)|"
            # a place taken: "the fighters took the strategic city of Dessie", "we took control of the town of
            # Rutshuru", "liberated the village of Yatskivka", "established control over the settlement of
            # Yatskivka", "claims full control of Ukraine's Avdiivka town"
            # (not people or bodies "taken to the city of Bunia")
            r"\b(?:took|taken|retook|retaken) (?!to |into |back to )(?:full )?(?:control of |over )?(?:the )?"
            r"(?:[\w-]+ ){0,2}?(?:city|town|village|district|base|airport|hill|camp|border crossing|crossing|"
            r"oil ?field|capital) of\b|"
            r"\b(?:retaken|retook|recaptured|regained|seized|captured|taken|took) (?:\w+ )?(?:swaths|swathes|chunks|"
            r"tracts|stretches) of (?:\w+ )?(?:territory|land|ground)\b|"
            r"\b(?:liberated|recaptured) (?:the )?(?:[\w-]+ ){0,2}?(?:village|town|city|settlement|locality|"
            r"hamlet)s? of\b|"
            # "troops reclaimed the Nile-side palace", "the army reclaimed Khartoum airport"
            r"\breclaim(?:ed|s|ing)? (?:the |control of )?(?:[\w-]+ ){0,3}?(?:palace|airport|city|town|village|base|"
            r"area|bridge|headquarters|district|capital)\b|"
            # villages taken, named in a list or counted: "the army has liberated Garadaghli, Khatunbulag and
            # Garakollu villages of Fuzuli district", "liberates more villages from occupation"
            r"\b(?:liberat|recaptur|captur|seiz|secur)(?:ed|es) (?:more |several |other |\d+ |two |three |four |five |"
            r"six |seven |eight |nine |ten |(?:[\w’'-]+(?:,| and) ){1,10}?[\w’'-]+ )(?:areas and )?(?:villages|"
            r"settlements|towns)\b|"
            # "resulted in the liberation of areas in Gagal-ugaas"
            r"\bliberation of (?:several |more |other )?(?:areas|villages|towns|settlements)\b|"
            r"\b(?:established|took|gained|assumed|seized|claims?|claimed|(?:were|was|are|is) "
            r"(?:now )?in|claim(?:s|ed)? (?:\w+ ){0,2}?to (?:have|be in)) (?:full |complete |total )?control "
            r"(?:over|of) (?:the )?(?:[\w’'-]+ ){0,2}?(?:village|town|city|settlement|locality)\b",
            # defences broken through: "troops have broken through one of the Russian defensive lines near Bakhmut",
            # "after the insurgents breached the defences"
            r"\b(?:broke|broken|breaking|breaks|breached|breaches|breaching) (?:through )?(?:[\w’'-]+ ){0,4}?"
            r"(?:defen[cs]ive lines?|defen[cs]es|front ?lines?|lines of defen[cs]e)\b|"
            # the Israeli army's word for a ground operation: "troops are continuing ground activity in central Gaza"
            r"\b(?:conduct|continu|carr|expand|resum)\w* (?:out )?(?:their |its )?ground activit(?:y|ies)\b|"
            # fighting named as combat with a force: "after two days of intense combat with the M23 rebels"
            r"\bcombat (?:with|against) (?:the )?(?:[\w-]+ ){0,3}?(?:rebels|militants|fighters|insurgents|"
            r"jihadi(?:st)?s|militias?|gangs?|terrorists|separatists|m23|rsf)\b",
            # a raid or a forces' operation, told in the passive or by whose it was: "another raid was simultaneously
            # carried out at the Jenin refugee camp", "an intelligence based operation was conducted by the security
            # forces in Spinwam", "a two-day operation by Israeli forces in Tulkarm", "a joint operation of Mozambique's
            # army and Rwanda security forces was conducted against the terrorists"; a location the troops engaged
            r"\braids? (?:was|were|had been|has been|have been) (?:\w+ )?(?:carried out|conducted|launched|staged|"
            r"mounted) (?:on|in|at|against|near)\b|"
            r"\boperations? of (?:the )?(?:[\w’'-]+ ){1,6}?(?:forces|troops|army) (?:was|were) (?:conducted|"
            r"carried out|launched) (?:against|in|on)\b|"
            r"\boperations? (?:(?:was|were|had been|has been|have been) (?:\w+ )?)?(?:(?:carried out|conducted|"
            r"launched) )?by (?:the )?(?:[\w-]+ ){0,3}?(?:forces|troops|army|military|soldiers|police)"
            r"(?: \([^)]{1,10}\))? (?:in|at|near|on|against)\b|"
            r"\b(?:troops|forces|soldiers)\b (?:\w+ ){0,2}?engaged (?:the )?(?:[\w’'-]+ ){0,3}?(?:location|positions?|"
            r"hideouts?)\b",
            # armed men who tried to attack a place: "terrorists attempted to attack the Gurguri Police Station"
            r"\b(?:terrorists|militants|gunmen|insurgents|rebels|fighters|attackers|assailants|bandits|jihadi(?:st)?s|"
            r"troops|soldiers|forces)\b[^;]{0,30}?\b(?:attempted|tried) to (?:attack|storm|overrun|raid|infiltrate|"
            r"cross)\b",
            # "the invaders fired from small arms", "subjected our positions to fire"
            r"\b(?:fired|opened fire|shot|shelled) from (?:[\w-]+ ){0,3}?(?:small arms|(?:heavy )?machine[- ]guns?|"
            r"grenade launchers|automatic weapons|(?:sniper )?rifles|firearms|tanks|artillery|"
            r"infantry fighting vehicles)\b|\bfir(?:ing|ed) from across the (?:border|loc|line of control|frontier)\b|"
            r"\bengaged (?:the )?(?:[\w-]+ )?(?:troops|soldiers|posts|positions)\b|"
            r"\b(?:urban |gang |turf )?war (?:broke out|erupted) between\b|"
            r"\b(?:ongoing|continuing|new|fresh|renewed) offensives (?:in|on|against|across)\b|"
            r"\bcontinued (?:its |their )?(?:military )?offensives\b|"
            r"\bdetonat\w* (?:an? |the )?(?:[\w-]+ )?(?:vehicle|car|truck|motorcycle|motorbike)s? "
            r"(?:bomb|loaded|packed|laden|rigged)\b|"
            r"\bousted (?:the )?(?:[\w-]+ ){0,2}?(?:troops|forces|soldiers|militants|fighters|rebels)\b|"
            # "drove out Russian troops from the villages of …", "pushed the militants out of the town"
            r"\b(?:drove|driven|pushed|kicked) (?:out )?(?:the )?(?:[\w-]+ ){0,2}?(?:troops|forces|soldiers|militants|"
            r"fighters|rebels|insurgents|jihadi(?:st)?s|terrorists|militias?) (?:out )?(?:of|from)\b|"
            r"\binitiat\w* (?:unprovoked |heavy |intense )?(?:small[- ]arms? )?(?:firing|fire|shelling|gunfire)\b|"
            r"\bsubject\w* (?:[\w’'-]+ ){0,3}?to (?!rocket|missile|drone|air)(?:[\w-]+ )?(?:fire|shelling|gunfire)\b",
            r"\b(?:clash(?:es|ed|ing)?|gun ?battles?|gun ?fights?|firefights?|shoot-?outs?|skirmish(?:es)?|"
            r"exchanges? of (?:heavy )?(?:fire|small[- ]arms|automatic (?:weapons|gunfire)|machine[- ]gun fire)|"
            # a headline's count of days: "third day of fighting between clans and forces along the border"
            r"(?:second|third|fourth|fifth|sixth|seventh|\w+th|\d+(?:st|nd|rd|th)) (?:straight |consecutive )?days? of "
            r"(?:heavy |fierce )?(?:fighting|clashes|battles?)|"
            r"(?:firing|gunfire|firearms?) exchanges?|shell attacks?|"
            # "six people were killed in gun attacks in just two days" (not a group's "gun and bomb attacks")
            r"(?:killed|wounded|injured|died|dead) in (?:an? |the |two |three |several |separate )?(?:[\w-]+ )?gun "
            r"attacks?|(?:main|heaviest|fiercest|latest) fighting|"
            r"continu\w+ to (?:shell|pound|bombard)|"
            r"exchanges? of (?:gun)?shots|(?:were|was) targeted by (?:\w+ ){0,2}?(?:soldiers|troops|gunmen|militants|"
            r"snipers)|"
            r"(?:russians?|troops|forces|army|enemy|militants|rebels) (?:again |also |continue to )?shell|"
            r"exchanged fire|(?:traded|exchanged|trade|exchange) (?:\w+ )?fire|(?:traded|exchanged|trade|trading|"
            r"exchanging) (?:gun)?shots|"
            r"artillery (?:and tanks? |units |batteries |crews )?(?:battered|pounded|hit|struck|shelled|"
            r"targeted|fire|shelling|strikes?|barrages?|attacks?|duels?|"
            r"exchanges?)|(?:fired|exchanged|traded|used) (?:\w+ ){0,4}?artillery|(?<!mortar )shellings?|shelled|"
            r"(?<!mortar )shells|invaded|invading|"
            r"ground (?:assaults?|offensives?|incursions?|operations?|invasion|attacks?|raids?|forces advanced)|"
            r"(?:heavy|fierce|intense|renewed|ongoing|new|fresh|stepped-up|escalating|intensifying) (?:\w+-[\w-]+ )?"
            r"fighting|"
            r"fighting (?:has |had )?pitted|(?:new |fresh |renewed )?outbreak of (?:fighting|clashes|hostilities)|"
            # "tribal conflict resumes", "the border conflict has reignited"
            r"(?:tribal|ethnic|communal|intercommunal|inter-communal|border|armed) (?:conflict|clashes|"
            r"fighting) (?:has |had )?"
            r"(?:resumed|resumes|started again|erupted|broke out|reignited|re-erupted|flared up)|"
            r"(?:gunmen|militants|militiamen|herders|raiders|rustlers|bandits|assailants|attackers|insurgents) "
            r"(?:[\w-]+ ){0,4}?"
            r"(?:also |again )?struck (?:in|at)|"
            r"(?:fierce|heavy|intense|violent|bloody|running) battles?(?! (?:lies?|lay|looms?)\b)|"
            r"fighting (?:raged|rages|continued|continues|broke out|breaks out|erupts|"
            r"erupted|intensified|ensues|ensued|resumed|resumes|resuming|reignited|re-erupted|flared|escalates|"
            r"(?:also )?went on|goes on|escalated|unfolded) |"
            # an offensive told as under way at a place, not named as a war's background ("since the offensive
            # began", "offensive weapons", "amid its continued offensive")
            r"(?:counter-?)?offensive(?= (?:on|against|in|into|near|across|to (?:seize|capture|recapture|retake|take|"
            r"regain|reclaim)|(?:has |had )?(?:intensified|escalated|escalates|spread|resumed|extended|continues|"
            r"continued)))|"
            # places taken and forces moving in: "30 villages were liberated", "wrestled control of a number of
            # villages", "the troops moved into Warkey", "SADC forces destroy terrorist bases"
            r"(?:villages?|towns?|cities|city|districts?|bases?|areas?|positions?|outposts?|hills?|localities|"
            r"settlements?) (?:\w+ ){0,3}?(?:were|was|have been|has been|had been) (?:\w+ )?(?:taken|captured|seized|"
            r"retaken|recaptured|liberated|freed)\b|(?:wrest(?:ed|ing)?|wrestl(?:ed|ing)|regain(?:ed|ing)|"
            r"seiz(?:ed|ing)) (?:full |total )?control (?:of|over)\b|(?:troops|forces|soldiers|army|fighters|rebels|"
            r"militants|insurgents) (?:have |had |also )?(?:moved|marched|rolled|pushed|advanced|swept) into\b|"
            r"destroy(?:ed|s|ing)? (?:\w+ )?(?:terrorist|militant|rebel|insurgent|enemy|jihadist) (?:bases|camps|"
            r"hideouts|positions)\b|"
            # "rival gangs began fighting over this stretch of desert"
            r"(?:began|begun|started|starts|begin) fighting (?:over|for|in|near|around|each other)\b|"
            # (a name in quotes too: "launched a “large-scale offensive” on rebel positions")
            r"(?:launch\w*|mount\w*|resum\w*|expand\w*|stag\w*|conduct\w*) (?:[“\"']?[\w-]+ ){0,3}?"
            r"(?:counter-?)?offensive|"
            r"mount(?:ed|s|ing) (?:an? |the |their |its )?(?:[\w-]+ )?(?:attack|assault|raid|ambush)|"
            r"incursions?|(?:shells?|rounds?) fired by|settler attacks?|"
            r"battles? (?:for|in|over|raged|"
            r"rage|to (?:capture|retake|take|seize|control))|"
            # armed men told doing harm, not only named ("the gunmen were natives of the North Caucasus")
            r"battled|battling (?:[\w-]+ ){0,3}?(?:fighters|rebels|militants|insurgents|troops|forces|soldiers|"
            r"jihadists|gangs?|militias?|militiamen)\b|(?:gunmen|armed men)\b[^;]{0,60}?\b(?:kill(?:s|ed|ing)?|shot|"
            r"shooting|sprayed|stopped|stormed|broke into|burst into|"
            r"raided|attack(?:s|ed|ing)?|carr(?:y|ies|ied) out|fired|down(?:ed)?|ambush(?:ed)?|abduct(?:s|ed)|"
            r"kidnap(?:s|ped)|died|stayed|seized|burn(?:ed|t)|torched|looted)|"
            r"open(?:ed|ing|s)? (?:targeted |indiscriminate |heavy |intense |intensive |"
            r"sporadic |random |automatic |direct )?fire|gunfire|ambush(?:ed|es)?|"
            r"stormed|storming|storms|overran|"
            r"overrun)\b",
            # fire named by its weapons: "automatic weapons fire", "fired back with heavy weapons", "unprovoked firing"
            r"\b(?:automatic|heavy|small)[- ](?:weapons?|arms|machine[- ]guns?) fires?\b|"
            r"\bwith (?:[\w-]+ and )?heavy weapons\b|\bwith (?:heavy |long-range |tank and )?artillery\b|"
            r"\bunprovoked (?:fire|firing)\b|"
            # "fired mortar shells and small arms", "firing heavy calibre weapons", as army statements tell the fire
            # across a line of control, and "resorted to firing and mortar shelling"
            r"\bfir(?:ed|ing)\b[^;]{0,40}?\b(?:small|heavy)[- ](?:calib(?:re|er) )?(?:weapons|arms)\b|"
            r"\bresort\w* to (?:unprovoked |heavy |indiscriminate )?(?:firing|shelling|gunfire)\b|"
            r"\bfired (?:\w+ ){0,2}?with (?:small arms|automatic weapons|machine[- ]guns)\b"
            r"|\b(?:shooting|gunfire|gunshots|shots) (?:was |were |could (?:still )?be )?(?:still |also )?heard\b|"
            r"\b(?<!being )waylaid\b"  # travellers waylaid, not a fear of being waylaid
            r"|\b(?:gunfire|gunshots|shots) (?:was|were) (?:[\w-]+ ){1,4}?heard\b",
            r"\b(?:fighting|clashes|battles?|attacks?)\b[^;]{0,80}?\b(?:took place|(?:has|have|had) (?:also )?taken "
            r"place)\b",
            # bombings told by where they took place: "the bombings took place in Baghdad, Hillah and Mosul"
            r"\b(?<!air )(?<!aerial )bombings (?:took place|(?:have|had) taken place) (?:in|at|near|across|outside)\b",
            r"\bfighting (?:has |had )?entered (?:its |a )?(?:second|third|fourth|fifth|sixth|\w+th) (?:day|week)\b",
            # a force that broke into ground or cleared the other side from it: "the Russian army has already
            # penetrated into the Sumy Region", "the penetration of the Israeli army in the town of Burj al-Muluk",
            # "Russian forces were clearing Ukrainian troops from settlements" (not drones that penetrated airspace)
            r"\b(?:army|forces|troops|units|soldiers|fighters|militants|rebels|insurgents|militias?)\b[^;]{0,30}?"
            r"\bpenetrat(?:ed|es|ing)\b|\bpenetration of (?:the )?(?:[\w-]+ ){0,2}?(?:army|forces|troops|units)\b|"
            r"\bclear(?:ing|ed|s)? (?:the )?(?:[\w-]+ )?(?:troops|forces|militants|fighters|rebels|insurgents|"
            r"terrorists) (?:out of|from)\b",
            # fighting told as coming near a place: "saw fighting nearing the urban centres of Pokrovsk"
            r"\b(?:fighting|clashes|hostilities|battles) (?:is |are |was |were |has been |have been )?(?:nearing|"
            r"approaching|edging closer to|creeping closer to|closing in on|drawing closer to)\b",
            r"\b(?:fighting|clashes|hostilities) (?:has|have) (?:recently |also |further |again |once again |"
            r"once more |now )?(?:intensified|escalated|resumed|flared(?: up)?|erupted|broken out)\b",
            r"\bescalation (?:in|of) (?:the )?fighting\b|\bclaimed (?:the )?(?:capture|control) of\b",
            r"\bbattles? (?:were |was |had been |have been )?fought\b|"
            r"\b(?:engulfed|gripped|immersed|mired|embroiled) (?:\w+ )?(?:in|by) (?:\w+ )?(?:fighting|clashes|"
            r"battles)\b",
            r"\bhideouts? (?:\w+ ){0,4}?(?:was|were|had been|have been) (?:\w+ )?"
            r"(?:targeted|attacked|raided|stormed)\b|\braids? on (?:their |the |its |a |an )?(?:[\w-]+ )?hideouts?\b",
            r"\b(?:military|armed) confrontations?\b",
            r"\b(?:explosives?-laden|bomb-laden|booby-trapped) (?:\w+ )?(?:vehicles?|cars?|trucks?|motorcycles?|"
            r"motorbikes?)\b",
            # a patrol that hit a mine; forces that killed fighters somewhere
            r"\b(?:hit|struck|stepped on|ran over) (?:an? |another )?(?:\w+ )?(?:explosive(?: device)?|landmine|mine|"
            r"ied)s?\b",
            r"\b(?:forces|troops|army|military|police|soldiers|task force)\b[^;]{0,30}?\b(?:killed|neutrali[sz]ed|"
            r"shot dead|gunned down|"
            r"hit|struck) (?:an? |the )?(?:[\w-]+ ){0,5}?(?:jihadi(?:st)?s?|terrorists?|militants?|insurgents?|rebels?|"
            r"guerrillas?)\b",
            # forces in pursuit of fighters, as it happens: "Rwandan and Mozambican troops continue to pursue the
            # terrorists into Nampula", "soldiers chase separatist fighters into Danare" (not "crossed the border to
            # pursue the rebels", nor "were not chasing")
            r"\b(?:troops|forces|soldiers|army|units)\b (?:[\w-]+ ){0,5}?(?:are |were |continue to |continued to |"
            r"(?<!to )(?<!not ))(?:pursuing|pursue|pursued|chase|chased|chasing) (?:the )?(?:[\w-]+ )?(?:terrorists|"
            r"militants|insurgents|rebels|jihadi(?:st)?s|fighters|bandits|attackers|assailants|gunmen)\b",
            # and fighters that killed soldiers: "Boko Haram fighters killed eight Cameroonian soldiers in Sagme"
            r"\b(?:fighters|militants|insurgents|jihadi(?:st)?s|rebels|terrorists|bandits|attackers|assailants)\b"
            r"[^;,]{0,30}?\b(?:killed|shot dead) (?:at least |some |about |around |more than |over )?(?:[\w-]+ ){0,2}?"
            r"(?:soldiers|troops|policemen|police officers|gendarmes|servicemen)\b",
            r"\bshooting (?:sporadically|indiscriminately|randomly)\b|\b(?:sporadic|indiscriminate|random) "
            r"(?:shooting|gunfire)\b",
            r"\bfir(?:ed|ing) (?:at|on|upon|towards?) (?:the |an? )?(?:[\w-]+ ){0,3}?(?:positions?|posts?|troops|"
            r"soldiers)\b",
            r"\braided\b[^;]{0,30}?\b(?:the )?(?:districts?|villages?|towns?|cities|city|camps?|localities|"
            r"communities) of\b",
            # people killed in an operation; fighting told as escalating; positions captured; a stabbing attack
            r"\b(?:killed|eliminated|neutrali[sz]ed|shot dead)\b[^;]{0,60}?\bduring (?:an? |the )?(?:[\w-]+ ){0,3}?"
            r"(?:operations?|raids?)\b",
            r"\b(?:conflict|fighting|hostilities|clashes)(?: activities)? (?:continues?|continued) to (?:escalate|"
            r"intensify|rage)\b",
            r"\bcapture of (?:[\w-]+ ){0,3}?(?:positions|bases?|towns?|villages?|strongholds?|outposts?)\b",
            # troops that met the enemy, as army statements say it: "came in contact with the ADF terrorists"; a device
            # that went off
            # "launched the fresh onslaught on the villages"; "fighting last week also resumed in Unity state"
            r"\bonslaughts? (?:on|against)\b|\b(?:fighting|clashes|battles?) (?:(?:last|this|earlier this) (?:week|"
            r"month|weekend)|overnight|yesterday|today|on \w+day) (?:also |again )?(?:resumed|erupted|broke out|raged|"
            r"continued|flared up)\b|"
            r"\b(?:came|come|comes|got|made|makes) (?:in |into )?contact with (?:the |an? )?(?:[\w-]+ ){0,2}?"
            r"(?:terrorists|militants|rebels|insurgents|enemy|fighters|bandits|gunmen|group|attackers|assailants)\b|"
            r"\b(?:explosive )?devices? (?:[\w-]+ ){0,2}?(?:exploded|went off|detonated)\b",
            r"\b(?:was|were|had been|has been|have been) (?:\w+ )?surrounded by (?:[\w-]+ ){0,3}?(?:forces|troops|"
            r"fighters|rebels|militants|army|soldiers)\b",
            r"\bstabbing attacks?\b|\bstabbed and (?:killed|injured|wounded)\b",
            r"\b(?:gang|jihadist|militant|rebel|insurgent|bandit|terrorist) attacks? (?:in|on|against) (?:the )?"
            r"(?:[\w-]+ ){0,3}?(?:communities|villages?|towns?|districts?|areas?|neighbou?rhoods?|camps?)\b",
            r"\b(?:fighting|battles?|clashes) (?:in|around|near|for|along|across|erupted|raged|continued|flared up|"
            r"began to flare|resuming|resumed|broke out)\b",
            # attacks on posts beaten off ("similar attacks in two areas were foiled by police")
            r"\battacks? (?:[\w-]+ ){0,6}?(?:was|were) (?:\w+ )?(?:foiled|repelled|repulsed|thwarted|beaten back)\b",
            r"\b(?:launched|began|started) (?:the|its|their) (?:ground )?(?:attack|assault|offensive)\b",
            # fighting between two sides told with what it is like: "continued widespread fighting between Fano and"
            r"\b(?:continued|continuing|ongoing|renewed|heavy|fierce|intense|widespread|sporadic|deadly|violent|fresh|"
            r"armed)(?:,? (?:and )?(?:heavy|fierce|intense|widespread|sporadic|renewed|deadly|violent))? (?:fighting|"
            r"clashes|battles) between\b",
            # a push launched into a place; fighters killed "in a battle" (a new one, not "the battle" told before)
            r"\blaunch\w* (?:a |an |the )?(?:[\w-]+ )?push (?:into|on|towards?|against)\b|"
            r"\b(?:killed|neutrali[sz]ed|eliminated) (?:[\w-]+ ){0,5}?in a (?:[\w-]+ )?battle\b",
            r"\bhostilities between\b[^;]{3,120}?\b(?:across|in|around)\b|\bhostilities (?:have |had )?(?:broke out|"
            r"erupted|flared|resumed)\b",
            r"\battacks?\b[^;]{0,40}?\b(?:continued|continue|persisted)\b[^;]{0,30}?\b(?:affecting|in|across)\b",
            rf"\b(?:{_GUNMEN}|youths|militiamen)\b[^;]{{0,60}}?\b(?:shot dead|gunned down)\b",
            # armed men who killed people counted: "militiamen killed five people in Nasiriyah", "drive-by shooters
            # killed 14 people", "settlers shot and killed 4 Palestinians"; people killed by them or in their fire: "28
            # people killed by Islamic State-allied militants", "killed in cross-border firing", "killed during a gang
            # confrontation at a prison"
            rf"\b(?:{_GUNMEN}|{_ARMED_BANDS})\b (?:\w+ )?(?:killed|shot and killed|shot dead) (?:at least |some |"
            r"about |around |more than |over )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve|a dozen) (?:[\w-]+ )?(?:people|civilians|villagers|residents|farmers|herders|worshippers|"
            r"passengers|students|traders|palestinians|soldiers|policemen|police officers|officers|guards)\b",
            rf"\bkilled by (?:suspected |unknown |unidentified |armed )?(?:[\w-]+ ){{0,2}}?(?:{_GUNMEN}|"
            rf"{_ARMED_BANDS})\b|"
            r"\bkilled\b[^;]{0,30}?\bin (?:cross-border |indiscriminate |heavy )?(?:firing|gunfire) by\b|"
            r"\bkilled (?:during|in) (?:an? |the )?(?:violent |deadly |armed )?(?:gang )?(?:confrontation|"
            r"house invasion)\b",
            # a shooting by one unknown gunman: "was shot by an unknown gunman in Saiburi district"
            r"\b(?:shot|shot dead|shot to death|gunned down|killed|murdered|hacked to death) (?:and (?:killed|wounded|"
            r"injured) )?by (?:an? |the )?(?:unknown|unidentified|masked|suspected|armed) (?:gunm[ae]n|assailants|"
            r"attackers|people|men|persons|assassins)\b|"
            r"\b(?:unknown|unidentified|masked) (?:gunm[ae]n|assailants|attackers) (?:shot|opened fire)\b|"
            # a local leader gunned down: "assassins gun down two village leaders", "shot to death the chairman of"
            r"\b(?:gun(?:ned)? down|shot to death|shot dead) (?:the |an? |two |three )?(?:[\w-]+ ){0,2}?"
            r"(?:leaders?|chairm[ae]n|chairpersons?|councill?ors?|activists?|officials?|headm[ae]n|elders?)\b",
            # bombs and mines that went off on the ground, blasts aimed at a target, shootings
            r"\b(?:car|suicide|roadside|truck|motorcycle|motorbike|bicycle|parcel|pipe|magnetic|sticky|time|planted) "
            r"?bombs? (?:had |has )?(?:exploded|detonated|blew up|ripped)\b|\b(?:ieds?|improvised explosive devices?|"
            r"landmines?|land mines?|(?<!stun )(?<!smoke )(?<!sound )(?:hand )?grenades?) (?:had |has )?(?:exploded|"
            r"detonated|went off|blew up)\b|\b(?:hit|struck|stepped "
            r"on|ran over|drove over) an? (?:land ?)?mine\b",
            r"\b(?:blasts?|explosions?) (?:that |which )?(?:\w+ly )?(?:targeted|targeting|ripped through)\b",
            r"\bshooting (?:incident|attack|spree)s?\b",
            # artillery used alongside aircraft or drones: "resumed air strikes and was using more artillery",
            # "hit by drones, artillery and mortar fire", "aircraft and gunboats bombarded the town"
            r"\b(?<!rockets )(?<!responded )(?<!retaliated )(?:using|used|with|and|,) (?:[\w-]+ ){0,2}?(?:artillery|"
            r"gunboats|mortars|mortar fire)\b"
            r"(?! (?:units?|brigades?|regiments?|battalions?|positions?|pieces?|systems?|depots?|ammunition)\b)",
            # an attack named by its day: "Saturday's attack in which 11 people were killed", "the December 25 attack"
            r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|(?:january|february|march|april|may|june|july|august|"
            r"september|october|november|december) \d{1,2}|\d{1,2} (?:january|february|march|april|may|june|july|"
            r"august|september|october|november|december)) "
            r"(?!(?:[\w'’-]+ ){0,2}?(?:missile|drone|air|aerial|rocket|guided|bomb|shelling)\b)"
            r"(?:[\w'’-]+ ){0,2}?(?:attacks?|raids?|ambush)\b",
            # armed men firing on a target: "attackers fired on cars in Uchat", "militants fired at a police post"
            rf"\b(?:{_GUNMEN}|miscreants|terrorists)\b (?:\w+ ){{0,2}}?fired (?:shots )?(?:on|at|upon)\b"
            r"(?! (?:\w+ ){0,3}?(?:protesters|demonstrators|crowds?|rioters|mourners)\b)",
            _PRISON_RIOT,
            # attacks counted as reported: "at least seven attacks have been reported so far this month in Diffa"
            r"\b(?:\d+|several|multiple|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of) "
            r"(?:[\w-]+ )?attacks (?:have been|were|had been|has been) (?:\w+ )?(?:reported|recorded)\b",
            # a blast that went off (not an accident's), a bomb or grenade thrown by hand at a target
            r"\b(?<!gas )(?<!cylinder )(?<!boiler )(?<!tanker )(?<!fuel )(?:blasts?|explosions?) (?:occurred|took "
            r"place|went off)\b|\b(?:bomb|explosive device)s? (?:had |has )?(?:gone|went|goes) off\b|"
            # a bomb set off by its carrier or a mine driven onto: "the attackers detonated suicide vests", "their van
            # hit an anti-personnel mine" (not a bomb squad's controlled detonation)
            r"\b(?<!controlled )detonat(?:ed|ing|es?) (?:an? |his |her |their |the |two |three )?(?:[\w-]+ )?"
            r"(?:bombs?|explosives?|explosive (?:vests?|belts?|devices?)|suicide (?:vests?|belts?))\b"
            r"(?! in a controlled)|"
            r"\b(?:hit|struck|ran over|stepped on|drove over) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:mines?|landmines?|"
            r"ieds?|improvised explosive devices?|roadside bombs?)\b|"
            # "six civilians were hit by the explosion of an anti-personnel mine"
            r"\b(?:explosions?|detonations?|blasts?) of (?:an? |the |two |three )?(?:[\w-]+ ){0,2}?(?:mines?|"
            r"landmines?|ieds?|improvised explosive devices?|explosive devices?|roadside bombs?|unexploded "
            r"(?:ordnance|shells?|bombs?))\b|"
            r"\bthere (?:was|were) (?:an? |two |several )?(?:[\w-]+ )?(?:explosions?|blasts?) (?:at|in|near|outside)\b|"
            # blasts counted where they hit or what they killed: "two separate blasts in Kirkuk", "a coordinated
            # series of explosions in Baghdad", "where two explosions killed 35 people"
            r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|series of|string of|wave of|"
            r"spate of) (?:separate |coordinated |simultaneous |near-simultaneous |other |more |further )?"
            r"(?:blasts|explosions) (?:in|at|near|outside|across|killed|killing|that killed|which killed)\b"
            r"(?![^;]*\b(?:air ?strikes?|airstrikes?|strikes|missiles?|drones?|shelling|rockets?)\b)",
            r"\b(?:lobbed|lobbing|hurled|hurling|threw|throwing|thrown) (?:an? |the |two |several )?(?:[\w-]+ )?"
            r"(?:bombs?|grenades?|explosives?|rounds|shells) (?:at|into|on|towards?|in|near|(?:which|that) (?:exploded|"
            r"detonated|went off))\b|\b(?<!stun )(?<!smoke )"
            r"(?:grenades?|bombs?) (?:(?:was|were) (?:also )?)?(?:hurled|lobbed|thrown) (?:at|into|on|towards?|in)\b",
            # fighting told as going on, begun, carried on or resumed
            r"\b(?:fighting|battles?|clashes|hostilities)\b (?:that |which )?(?:had |has |have )?(?:been |was |were |"
            r"is |are )?(?:ongoing|under ?way|going on|started|began|being (?:conducted|waged|fought))\b|"
            r"\b(?:continuation|resumption|renewal) of (?:the )?(?:battles?|fighting|clashes|hostilities)\b",
            # people shot dead by a group, or killed by a group named as one
            rf"\bshot dead (?:(?:at|on|in|near|outside) (?:[\w-]+ ){{1,4}}?)?(?:allegedly |reportedly |apparently )?by "
            rf"(?:suspected |unknown |unidentified )?"
            rf"(?:[\w“”\"'-]+ ){{0,6}}?"
            rf"(?:{_GUNMEN}|militiamen|militia|soldiers|troops|forces)\b|"
            r"\b(?:militia|armed|rebel|insurgent|jihadist|separatist) groups?\b[^;]{0,40}?\b(?:killed|shot dead|"
            r"gunned down)\b",
            # an adverb between the fighting and its verb, and fighting told as reported
            r"\b(?:fighting|battles?) (?:also|still|reportedly|again|later|once again|continue to be|continued to be|"
            r"was also|were also|has also been) (?:erupted|raged|continued|continues|continue|broke out|resumed|"
            r"intensified|escalated|flared|reported|took place)\b",
            r"\b(?:fighting|battles|hostilities|clashes) (?:is|are|was|were|(?:has|have|had)(?: also)? been) (?:\w+ )?"
            r"(?:reported|ongoing|under ?way) "
            r"(?:in|around|near|along|across|between)\b",
            r"\b(?:intensif\w+|expand\w+|step\w* up) (?:\w+ )?(?:ground |military )?(?:operations|offensives?) "
            r"(?:in|around|near|across|on|against)\b",
            r"\bground (?:fighting|combat|battles?|clashes)\b|\b(?:forces|troops|soldiers|positions|posts?|bases?|"
            r"convoys?|patrols?|checkpoints?|guards|units) (?:\w+ ){0,2}?came under (?:heavy |renewed |sustained )?"
            r"attack\b",
            # a force advancing on a place; an attempt to take one
            r"\b(?:troops|forces|soldiers|fighters|militants|rebels|insurgents|"
            r"jihadi(?:st)?s|army|units|militia\w*|tanks|"
            r"bulldozers|"
            r"columns?)\b[^;]{0,70}?\badvanc(?:ed|ing|es)\b (?:on|into|toward|towards|to|deeper|further|against|"
            r"from|in(?! (?:recent|the (?:past|last|first)|age|years|numbers)\b))\b",
            r"\b(?:the |most of the |much of the )fighting (?:was|is|has been|had been) (?:mostly |mainly |largely )?"
            r"(?:in|around|near)\b(?! (?:its|their)\b)",
            r"\b(?:tried|attempted|sought|trying|attempting) to (?:storm|overrun|seize|capture|raid)\b(?! out\b)",
            r"\b(?:inter-?clan|clan|inter-?communal|intercommunal|inter-?ethnic) (?:fights?|fighting|conflicts?|"
            r"violence|battles?|feuds?)\b",
            r"\b(?:villages?|towns?|camps?|bases?|posts?|outposts?|convoys?|patrols?|checkpoints?|positions?|units?) "
            r"(?:was|were|had been|has been|have been) (?:\w+ )?attacked\b|"
            r"\b(?:was|were) (?:\w+ )?attacked (?:in the vicinity of|close to|on the outskirts of)\b|"
            r"\b(?:air and )?ground (?:attacks|assaults|offensives?)\b",
            # (not what jets, drones or missiles attacked: "military jets attacked KIA positions")
            r"\b(?<!rocket )(?<!missile )(?<!drone )(?<!mortar )(?<!jets )(?<!aircraft )(?<!warplanes )"
            r"(?:attacked|attacking|attacks? (?:on|against)|"
            r"attack (?:on|against)|raided|raids? on|"
            r"assaults? (?:on|against)|assaulted) (?:an? |the )?"
            r"(?:[\w()-]+ ){0,4}?(?:(?:base|post|position|convoy|checkpoint|check[- ]post|detachment|patrol|outpost)s?|"
            r"barracks|military|army|troops|soldiers|forces)\b"
            r"(?! (?:infrastructure|targets?|sites?|facilities|installations))",
            r"\b(?:launched|launching|mounted|began|started) an? (?!(?:[\w-]+ )?(?:missile|drone|air|aerial|rocket) )"
            r"(?:[\w-]+ ){0,2}?(?:attack|assault|offensive|"
            r"operation|raid|incursion|sweep)\b"
            # (nor one made with missiles: "launched an attack on Tel Aviv and its suburbs with 130 missiles")
            r"(?![^;]{0,60}?\bwith (?:\d+ |dozens of |scores of |a barrage of )?(?:[\w-]+ )?(?:missiles?|rockets?|"
            r"drones?)\b)",
            r"\bstaged (?:an? )?(?:[\w-]+ ){0,2}?(?:attacks?|raids?|assaults?|ambush(?:es)?)\b",
            # a column or base of the enemy destroyed: "the army said it had destroyed a rebel convoy in Kanem"
            r"\bdestroyed (?:an? |the |two |three |several )?(?:rebel|militant|jihadist|enemy|terrorist|insurgent)s? "
            r"(?:convoys?|columns?|positions?|bases?|camps?|hideouts?)\b",
            # a headline's present tense: "Rebels attack army base in North Kivu", "Militants storm police station",
            # "ELN carries out attacks across Colombia"
            r"\b(?:gunmen|militants|militiamen|rebels|insurgents|"
            r"jihadi(?:st)?s|separatists|bandits|terrorists|dissidents|"
            r"fighters|guerrillas|attackers|assailants|raiders|herders|taliban|extremists|settlers) (?:attack|storm|"
            r"raid|ambush)s? (?!(?:on|against|in|at|near)\b)|\bcarries out (?:[\w-]+ ){0,2}?(?:attacks|raids|assaults|"
            r"ambushes)\b|"
            # "Iraqi forces battle Islamic State for Tikrit", "ISIS attacks two energy plants in north Iraq"
            r"\b(?:forces|troops|soldiers|army|rebels|militants|fighters|insurgents|"
            r"jihadi(?:st)?s) (?:battle (?!(?:on|over|"
            r"with|against)\b)|(?:recapture|retake|capture|seize|overrun)s? )|"
            r"\b(?:isis|isil|daesh|al-shabaab|boko haram|iswap|jnim|m23|rsf|fano|tplf|adf|ttp) "
            r"attacks (?!(?:on|against|in|at|near|have|has|had|were|was|are|is|continue|continued)\b)",
            # an operation told as carried out somewhere or on someone, not planned or routine: "killed in an
            # operation carried out by the army in", "continued its operations on the city of", "carried out an
            # operation in the days before the truce to surround"
            r"\b(?:killed|died|neutrali[sz]ed|eliminated)\b[^;]{0,40}?\b(?:in|during) (?:an? |the )?(?:[\w-]+ ){0,2}?"
            r"operations? (?:carried out |conducted |launched )?(?:by|in|against|on)\b|"
            # a headline's "3 killed in military offensive vs BIFF", "militants killed in Bandarban army operation"
            r"\b(?:killed|dead|died|neutrali[sz]ed|eliminated)\b[^;]{0,40}?\b(?:in|during) (?:an? |the )?(?:[\w-]+ )?"
            r"(?:army|military|security|joint|counter-?terrorism) (?:operations?|offensive)(?: vs\b| versus\b|\.?\s*$)|"
            r"\b(?:continued|resumed|intensified|expanded) (?:its|their) (?:[\w-]+ )?operations (?:on|in|against|"
            r"around|near)\b|"
            r"\b(?:launched|carried out|conducted) (?:an? |the )(?!(?:search|rescue|evacuation|relief|humanitarian|"
            r"aid|medical)\b)(?:[\w-]+ ){0,2}?operation (?:in|on|against|to (?:surround|capture|seize|retake|recapture|"
            r"take|storm|clear))\b",
            r"\b(?:descended|swooped) (?:up)?on (?:the )?(?:village|town|community|settlement|camp)\b|"
            r"\birrupted in(?:to)?\b",
            # the forces' own shot: "three more officers were gunned down in Duran"
            r"\b(?:officers?|policem[ae]n|police(?:wom[ae]n)?|soldiers?|troops|guards?|gendarmes?|rangers?|"
            r"servicem[ae]n)\b[^;]{0,30}?\b(?:were|was|had been|have been|has been) (?:\w+ )?(?:gunned down|shot dead|"
            r"shot and killed)\b",
            r"\b(?:was|were) attacked (?:once more |again )?by (?:an? )?(?:group of )?(?:(?:heavily |well-)?armed )?"
            r"(?:non-state armed group|armed group|gunmen|militants|insurgents|jihadi(?:st)?s|bandits|terrorists|"
            r"assailants|attackers|duo|trio|men|individuals)\b",
            # forces that raided a group's stronghold: "SNA forces attacked an al Shabaab stronghold in Kulan Jareer"
            r"\b(?:forces|troops|army|soldiers|police|commandos)\b[^;]{0,40}?\b(?:raided|attacked|stormed|overran) "
            r"(?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:stronghold|bastion|hideouts?|camps?)\b",
            r"\bfired (?:at|on) (?:the )?(?:[\w-]+ )?positions\b|\bfired upon\b|\bfired (?:live |a number of |several |"
            r"multiple |a few |\d+ |two |three )?(?:bullets|ammunition|rounds|shots|gunshots) (?:at|on|toward|near|"
            r"in the direction of)\b"
            # a vehicle shot at: "soldiers fired at a van carrying miners", "the car was fired on by troops"
            r"|\b(?:fired|opened fire) (?:at|on) (?:an? |the )(?:[\w-]+ ){0,2}?(?:van|car|vehicle|bus|truck|convoy|"
            r"motorcycle|pickup)s?\b|\b(?:was|were) (?:\w+ )?fired (?:at|on) by\b"
            # fire at troops: "an armed person directly fired at the patrol"
            r"|\b(?:fired|opened fire) (?:directly |indiscriminately |randomly )?(?:at|on) (?:an? |the )?"
            r"(?:[\w-]+ ){0,2}?(?:patrols?|soldiers|troops|peacekeepers|policemen|police officers|checkpoints?|guards|"
            r"sentries|(?:security )?personnel)\b"
            # fire at people: "the armed force fired at farmers", "the patrol shot at the cattle rustlers"
            r"|\b(?:fired|fires?|firing|opened fire|opening fire|open fire|shot) (?:directly )?(?:at|on) "
            r"(?:the |a |some |a group of )?(?:[\w-]+ ){0,2}?"
            r"(?:farmers|villagers|civilians|locals|residents|rustlers|smugglers|fishermen|herders|shepherds|workers|"
            r"worshippers|passengers|migrants|crowds?|people|palestinians|returnees|gatherings)\b",
            r"\boccupied (?:[\w-]+ ){0,3}?(?:outposts?|bases?|military posts?|positions?|camps?)\b",
            # forces that took a place: "Tajik soldiers occupied the school in Dostuk", "the junta forces occupied the
            # village"
            r"\b(?:soldiers|troops|forces|fighters|militants|rebels|insurgents|jihadi(?:st)?s|militiamen|gunmen)\b "
            r"(?:\w+ ){0,2}?occupied (?:the |a |an )?(?:[\w-]+ )?(?:village|town|school|building|hospital|hill|city|"
            r"district|area)s?\b",
            r"\b(?:fighting|clashes) (?:is|are|was|were|has been|have been) (?:still )?(?:continuing|raging|ongoing)\b|"
            r"\bgun duels?\b",
            r"\b(?:fighting|clashes) (?:has |had )?(?:extended|spread|spilled) (?:further |over )?(?:\w+ )?"
            r"(?:to|into)\b",
            r"\b(?:attacks?|assaults?) (?:by|of) (?:the )?(?:armed|unidentified|suspected|non-state|"
            r"[\w-]+-backed) (?:[\w-]+ ){0,2}?(?:elements|men|"
            r"groups?|assailants|forces|troops|fighters|militants|rebels)\b",
            r"\b(?:fresh|new|renewed|armed) confrontations? (?:among|between)\b|"
            # "captured during combat with irregular armed groups", "attacks from junta troops on Nampang village"
            r"\b(?:during|in) (?:heavy |fierce )?combats? (?:with|against)\b|"
            r"\battacks? from (?:[\w-]+ ){0,2}?(?:troops|forces|soldiers|militants|rebels|fighters) (?:on|against)\b",
            r"\bconfrontations? (?:was |were |have been |has been |had been )?(?:also )?(?:reported|erupted|broke out|"
            r"took place|occurred)\b|\barmed contacts? (?:was |were )?(?:also )?(?:reported|erupted|broke out|"
            r"took place|occurred)\b",
            # a base given up to the enemy: "the military surrendered its headquarters in Laukkai to the MNDAA"
            r"\bsurrendered (?:its |the |their )?(?:[\w-]+ ){0,2}?(?:headquarters|bases?|command|garrison|positions?|"
            r"outposts?|posts?|camps?)\b",
            r"\b(?<!since )(?<!of )combat (?:between|has broken out|broke out|erupted)\b",
            # a side's fire: "killed by Indian firing", "wounded by Israeli fire", "RSF artillery"
            rf"\b(?:{_FIRING_SIDES}) (?:firing|fire|artillery|gunfire|shelling)\b",
            r"\b(?:was|were) the target of an? (?:[\w-]+ )?(?:attack|assault|raid|ambush)\b",
            # (the sides named in full: "between the Myanmar Government Armed Forces (Tatmadaw) and the Kachin
            # Independent Army (KIA) has intensified")
            r"\b(?<!since )(?:fighting|battles?) between [^;]{3,120}? (?:continued|continuing|erupted|raged|broke out|"
            r"resumed|intensified|reached|spread|persisted|"
            r"escalated|took place|flared)\b",
            r"\b(?:military|army|security|israeli) raids?\b|\b(?:dawn|overnight|"
            r"night) raids?\b",
            # a headline's present "take control of", not an aim ("tried to take control of")
            r"\b(?:seized|seizing|seizes|captured|capturing|captures|took control of|taken control of|takes control of|"
            r"(?<!to )take control of|"
            r"recaptured|recaptures|"
            # power taken, not ground ("when soldiers took over in those countries", "took over as president")
            r"retook|retaken|re-took|re-taken|re-captured|(?:took|taken) over(?! (?:in|as|from|power|the (?:presidency|"
            r"government|leadership|country|reins))\b)|pushed into|pushing into|pushes into|"
            r"advance (?:in|into|on|towards?)|"
            r"repelled|repulsed|entered the(?! (?:talks|negotiations|dialogue|race|market|discussions)))\b",
            # an attack beaten off, told with the verb's other forms: "were able to repel the attackers", "succeeded in
            # repelling a massive attack", "the repel of ISWAP terrorists at military bases"
            r"\b(?:repel(?:s|ling)?|fend(?:ed|ing|s)? off|beat (?:off|back)) (?:the |an? |multiple |several |numerous |"
            r"repeated )?(?!drone|missile)(?:[\w-]+ )?"
            r"(?:attacks?|assaults?|attackers|assailants|militants|terrorists|insurgents|fighters|raiders)\b|"
            r"\brepel of\b",
            # places hit by a side's fire ("villages near Kapan have been hit by Azerbaijani fire")
            r"\b(?:villages?|towns?|positions?|settlements?|communities|city|cities|neighbou?rhoods?|"
            r"districts?) (?:[\w-]+ )"
            r"{0,4}?(?:were |was |have been |has been |had been )?(?:hit|targeted|struck) by "
            r"(?!(?:[\w-]+ ){0,2}?(?:rockets?|missiles?|drones?)\b)(?:[\w-]+ ){0,2}?(?:fire|artillery|mortars?|"
            r"shelling|attacks?)\b",
            r"\blost (?:control of )?(?:[\w-]+ )?(?:villages?|towns?|positions?|bases?|districts?) "
            r"(?:in [^;]{0,30}? )?to (?:the )?\w|\b(?:areas|districts?|villages?|towns?|positions?|territory|bases?|"
            r"checkpoints?)\b[^;]{0,30}?\blost to (?:the )?(?:taliban|rebels|militants|insurgents|"
            r"jihadi(?:st)?s|[a-z]+ "
            r"forces)\b|\bescalation on (?:all |several |multiple )?(?:the )?fronts?\b",
            # a town occupied by an armed group ("it occupied Mocímboa da Praia"), not "the occupied territories"
            r"\b(?:they|it|insurgents|rebels|militants|fighters|gunmen|troops|forces|militias?|"
            r"jihadi(?:st)?s) (?:briefly |"
            r"also |then |later )?occupied\b",
            r"\b(?:made|making|make) (?:\w+ ){0,2}?(?:advances|gains)\b|\b(?:began|started|begun) to advance\b|"
            r"\badvanc\w+ with tanks\b|\braiding\b",
            r"\b(?:improvised explosives?|improvised explosive devices?|explosive devices?|ieds?|roadside bombs?|"
            r"car bombs?|(?:roadside|car) bombings?|home-?made bombs?|attacks? with (?:\w+ )?explosives|suicide "
            r"(?:bombs?|bombings?|bombers?|attacks?)|landmines?|(?:twin |double |roadside )?bomb "
            r"(?:explosions?|blasts?)|roadside (?:blasts?|explosions?)|vehicle bombs?|car bomb attacks?|"
            r"(?:car|vehicle|motorcycle) (?:exploded|blew up)|"
            # "twin blasts at Afghan shrines", "coordinated blasts in the town of Hafriyah"
            r"(?:twin|double|triple|coordinated|simultaneous) (?:bomb )?(?:blasts|bombings|explosions))\b",
            r"\b(?<!air )(?<!drone )(?<!missile )(?<!aerial )assaults? (?:on|along)\b|"
            # a blast someone set off: "a big explosion set off by Hezbollah targeted Israeli forces"
            r"\b(?:explosions?|blasts?|bombs?|explosive devices?|ieds?) (?:(?:was|were|had been|has been) )?"
            r"(?:set off|detonated) by\b(?! (?:an? |the )?(?:[\w.-]+ )?(?:air ?strikes?|drones?|missiles?|rockets?))",
            # forces hitting back, and a place told as where the fighting is
            r"\b(?:army|troops|forces|soldiers|police|side|military|agencies)\b (?:\w+ ){0,3}?(?:retaliated|"
            r"retaliating|"
            r"retaliates)\b(?! with (?:\w+ )?(?:air ?strikes|missiles|drones|rockets))|\btook (?:corresponding |"
            r"adequate |appropriate )?(?:response|retaliatory) measures\b",
            r"\bat the (?:centre|center|heart) of (?:the )?(?:heavy |fierce |recent )?(?:fighting|clashes|battles?)\b",
            # a force's operations in places, fire returned, killings carried out one by one
            r"\bforces[’']? (?:military |ground )?operations? (?:in|across|around)\b|\b(?:returned (?:the )?fire|"
            r"fired back)\b|"
            # fire silenced, guns fired across: "silenced their guns", "fired howitzers into Syria in response"
            r"\bsilenced (?:their|its|the enemy(?:[’']s)?|enemy) (?:guns|positions|posts|firing points)\b|"
            r"\bfired (?:[\w-]+ )?(?:howitzers?|artillery(?: shells| rounds)?|tank (?:shells|rounds)) "
            r"(?:into|at|towards?|on|across)\b|"
            r"\bresponded to (?:the )?sources? of (?:the )?fire\b|"  # "the Army responded to sources of fire in Qibbeh"
            r"\b(?:carried out|conducted|committed) (?:\w+ ){0,2}?assassinations?\b",
            # positions targeted in listed places; attacks resumed; shooting that went on
            r"\b(?:military |army )?(?:positions|bases|posts|outposts|barracks)\b[^;]{0,80}?\b(?:have|had|has) been "
            r"(?:repeatedly |also )?(?:targeted|attacked)\b",
            r"\b(?:forces|troops|army|military|militants|rebels|insurgents|coalition|alliance|fighters|militias?)\b "
            r"(?:\w+ )?resumed (?:their |its )?(?:attacks|assaults|shelling|firing|offensive|hostilities|fighting|"
            r"combat|advance)\b",
            r"\b(?:cross-border |heavy |intermittent |sporadic )?(?:shooting|firing|shelling|gunfire|"
            r"gunshots) (?:has |had )?"
            r"(?:continued|went on|resumed)\b",
            r"\b(?:was|were|been) (?:\w+ )?(?:hit|struck) by (?:an? |the )?(?:artillery |tank )?shells?\b",
            # attacks told as going on: "renewed attacks in Djugu", "continued attacks in three oblasts"
            r"\b(?:continued|continuing|renewed|fresh|resurgence of|recrudescence of) (?:[\w-]+ )?"
            r"(?:attacks|assaults|raids) (?:in|on|against|across)\b|\b(?:resurgence|recrudescence) of (?:the |these )?"
            r"(?:fighting|fights|clashes|hostilities)\b",
            r"\bfired (?:\d+|[a-z]+) times (?:at|on)\b",
            # "continue to shell villages"
            r"\b(?:continue|continues|continued|began|begin|started) to (?:\w+ly )?shell\b",
            r"\b(?:\d+|[a-z]+) (?:enemy |russian |ukrainian )?(?:attacks|assaults|combat engagements) (?:on|in|along) "
            r"the [\w'’-]+ (?:front|direction|axis|sector)\b",
            r"\b(?:tanks|troops|soldiers|fighters|militants|rebels|insurgents|jihadi(?:st)?s|terrorists|gangs?|"
            r"gang members|bandits|gunmen|assailants|nsags?|militiamen|militias?|non-state actors|separatists|"
            r"settlers|armed groups|armed men|(?:armed )?youths|attackers|taliban|al[- ]shabaa?b|boko haram|iswap|"
            r"jnim|(?:cattle )?rustlers|raiders|herdsmen|herders) (?:have |has |had )?"
            r"(?:also |then |later |again |yesterday |overnight |reportedly )?(?:advanced|advance|attacked|assaulted|"
            r"stormed|surrounded|surround|pushed|entered|"
            r"seized|captured)\b|\bsettlers (?:also |then |later |again )?(?:torch|torched|set fire to|set ablaze)\b",
            r"\b(?:attack|attacks|(?:hotel|mall|school|restaurant|campus|university|hospital|prison) sieges?) by "
            r"(?:[\w\"“”-]+ ){0,4}?(?:gunmen|armed men|militants|fighters|rebels|insurgents|"
            r"jihadi(?:st)?s|assailants|attackers|"
            r"terrorists|groups?|bandits|militia|militiamen|gangs?|gang members|nsags?|armed youths?|miscreants)\b",
            r"\b(?:besieged|besieging|siege of|under siege|la(?:id|y) siege to|encircl\w+|"
            # (not a figure that fell: "connectivity has fallen to 4% of ordinary levels")
            r"(?:fell|(?:has|have|had) fallen) to(?! (?:\d|about|around|less|below|under|just|only|nearly|almost|zero|"
            r"its|their|a|an)\b)|"
            r"front ?lines? (?:fighting|clashes|battles)|"
            r"sniper (?:fire|firing|activity)|sniper shots|sniper attacks?|"
            r"snipers? (?:[\w-]+ ){0,4}?(?:shot|killed|opened|injured|wounded|fired)|"
            r"tank fire|"
            r"tanks? (?:fired|shelled|opened fire)|"
            r"crossfire|combat operations|counter-?attacks?|"
            r"pushed back|killing spree)\b",
            r"\blaunched (?:[\w,-]+ ){0,5}?(?:ground|artillery)(?:,? (?:and )?(?:tank|mortar|rocket|drone))* "
            r"(?:attacks?|assaults?|offensives?)\b",
            # artillery named beside strikes from the air: "artillery and combat drone strikes", both are told
            r"\b(?:artillery|mortar|tank)(?: fire| shelling| strikes?)?(?:,| and) (?:[\w-]+ ){0,2}?(?:drone|air|aerial|"
            r"missile)\b",
            r"\b(?:is|are|was|were|has been|have been) (?:still |now )?(?:fighting|battling)\b|"
            r"\bhostilities (?:have |had |has )?(?:intensified|escalated|resumed|continued|erupted|flared|increased)\b|"
            r"\b(?:escalated|intensified) (?:the )?hostilities\b|"
            r"\b(?:intense |heavy |active |ongoing )?hostilities (?:in|across|along|around)\b",
            r"\b(?:war|fighting|conflict|violence|clashes|insurgency|hostilities) (?:has |have |had )?(?:intensified|"
            r"escalated|"
            r"flared|raged|continue[sd]?)\b|\b(?:gang |armed )?violence (?:broke out|broke|erupted)\b|"
            r"\b(?:affected|impacted|hit) by (?:the )?(?:hostilities|fighting|"
            r"shelling)\b",
            r"\bin (?:[\w-]+ ){0,3}?combat\b|\b(?:overnight|heavy|intense|sporadic|deadly) (?:shooting|gunfire)\b|"
            r"\b(?:escalating|renewed|fresh|heavy|"
            r"intense|intensifying) (?:armed |intercommunal |inter-communal )?violence (?:in|across|around)\b",
            r"\b(?:gunshots|gunfire|(?:machine[- ]gun|automatic|heavy) fire|shooting|shots) (?:were |was |could be )?"
            r"heard\b|\bbattles? (?:are |"
            r"were )?(?:taking "
            r"place|raging|continu(?:e|es|ed|ing)|ongoing)\b|\b(?:fled|fleeing|"
            r"flee) (?:the )?(?:[\w’'-]+ ){0,2}?(?:invasion|offensive|"
            r"fighting|raids?|assault)\b",
            r"\bfighting (?:has |had )?spread (?:to|into|across)\b|\b(?:continues?|continued|rages?|raged) unabated\b|"
            r"\bskirmishes (?:occurred|erupted|broke out|"
            r"(?:have been |were |had been )?(?:recorded|reported))\b|"
            r"\bdrive-?by shootings?\b|\b(?<!stun )grenade (?:blasts?|attacks?|explosions?)\b|\b(?:a|the|"
            r"mass|another) (?:second |third |first |separate |deadly |fatal )?shooting (?:near|at|in|outside|on)\b|"
            r"\bshootings? targeting\b|"
            # a vehicle driven into people on foot: "a van ploughed into crowds on the Ramblas"
            r"\b(?:vans?|trucks?|lorry|lorries|cars?|vehicles?|drivers?|attackers|assailants|he|she)\b[^;]{0,40}?"
            r"\b(?:ploughed|plowed|rammed|drove|smashed) (?:\w+ ){0,3}?(?:into|over|through) (?:\w+ ){0,3}?"
            r"(?:crowds?|crowded|pedestrians|passers-by|shoppers|revell?ers|worshippers|tourists|christmas market)\b|"
            # a knife attack on people: "stabbed four children in a park", "a knife attack that killed three people"
            r"\bknife attacks?\b|\bstabbed (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|"
            r"a number of) (?:[\w-]+ )?(?:people|children|persons|passers-by|pedestrians|students|worshippers|"
            r"shoppers)\b|"
            # "the 50th Infantry Battalion encountered a group of NPA rebels at Sitio Dapoog"
            r"\b(?:engaged|encountered) (?:the |an? )?(?:(?:group|band|undetermined number) of )?(?:[\w-]+ )?"
            r"(?:maoists|attackers|militants|insurgents|terrorists|rebels|gunmen|bandits|"
            r"enemy|jihadi(?:st)?s|naxals?|guerrillas)\b|\bby (?:an? |the )?(?:suspected |enemy )?snipers?\b|"
            r"\b(?:managed|able) to (?:seize|capture|take)\b|"
            r"\bengaged in (?:an? )?(?:fierce |heavy |intense )?(?:fight|clashes|gunfight|firefight|battle|"
            r"gun battle)\b|(?<!since )(?<!since an )(?<!since the )\barmed conflict (?:has |had )?(?:erupted|"
            r"broken out|broke out)\b|"
            r"\bshooting attacks?\b",
            r"\bused (?:small arms|machine guns|grenade launchers|heavy weapons|heavy machine guns)\b|"
            r"\bweapons of (?:various|different) calib(?:re|er)s?\b|\b(?:more|further|renewed) shooting (?:in|near|"
            r"at)\b|"
            r"\b(?:army|troops|forces|soldiers|military) (?:is|are|was|were|has been|have been) (?:continuously |"
            r"repeatedly |constantly )?firing (?:in|at|on)\b",
            # shells told one by one, and operations told as under way or carried out
            r"\b(?:artillery|tank|heavy[- ]weapons?) shells? (?:\w+ )?(?:fell|struck|hit|landed|slammed|exploded)\b",
            r"\b(?:military|security) operations? (?:are|is|were|was) (?:still )?(?:ongoing|under ?way|continuing)\b|"
            r"\b(?:carried out|conducted|launched) (?:\w+ ){0,4}?(?:military|security|targeted|special|"
            r"counter-?terrorism|clearance|intelligence-based) operations?\b",
            # "attempted to infiltrate … but were unsuccessful", "thwarted several infiltration attempts"
            r"\b(?:attempted|tried|attempting|trying) to infiltrate\b|\b(?<!hundreds of )infiltration (?:attempts?|"
            r"bids?)\b",
            # as armies' press releases tell it: "an intelligence-based operation was conducted", "in another
            # encounter", "during the intense fire exchange"
            r"\b(?:intelligence-based|military|security|counter-?terrorism|clearance|search) operations? (?:was|were) "
            r"(?:conducted|carried out|launched)\b|\b(?:another|an|armed|fierce|heavy|separate|second|fresh|brief|"
            r"deadly|intense|major|two|three|several|multiple) encounters?\b|\b(?:spike|series|number) of encounters\b|"
            r"\b(?:continues?|continued) to engage\b|"
            r"\b(?:separate|armed|intense|fierce|heavy) engagements\b|\bfire ?fights?\b|\bfire exchanges?\b",
            r"\b(?:firing|gunfire|shooting|exchanges? of fire) (?:occurred|erupted|broke out|took place|(?:was|were) "
            r"reported)\b|\breported (?:heavy|intense|fierce|sporadic|intermittent) (?:gun ?)?(?:firing|fire|"
            r"gunfire)\b|"
            r"\b(?:started|began|opened) (?:shooting|firing) (?:at|on)\b",
            # fighting between two sides going on; operations to take ground back; offensives launched
            r"\bfighting between\b[^;]{0,60}?\b(?:resumed|erupted|broke out|intensified|flared)\b|"
            r"\b(?:fighting|clashes|(?:clearing|clearance|military) operations?)\b[^;]{0,80}?\b(?:has |have )?"
            r"continued (?:in|on|around|near|along|across)\b|"
            r"\bfighting between\b[^;]{0,80}?\b(?:was|were|is|are|has been|had been) (?:still )?(?:continuing|"
            r"ongoing|raging|under ?way)\b|\boperations? to (?:regain|retake|recapture|reclaim|take back|"
            r"recover) (?:control of )?\b|\b(?:launch|launched|launching|launches) (?:new |fresh |renewed |more )?"
            r"offensives\b",
            r"\banti-tank (?:guided )?(?:missiles?|rockets?)\b|\bmilitary operations? against\b|"
            r"\b(?:launched|conducted|carried out|mounted) (?:\w+ ){0,2}?operations? against\b|"
            r"\bfighting and (?:air ?strikes|airstrikes|shelling|bombardments?) (?:have |has |had )?(?:escalated|"
            r"intensified|continued|raged)\b|"
            r"\brocked by (?:\w+ ){0,2}?(?:battles|fighting|clashes|gunfire)\b|\bcattle raids?\b|"
            # Ukrainian officials' word for the Russian army: "the occupying forces fired at houses in Siversk"
            r"\b(?:occupying forces|occupiers|occupation forces|invaders) (?:also |again |are |continue to )?"
            r"(?:fired (?:at|on)|struck|hit|attacked|shelled|stormed|storm|conducting (?:active )?assaults)\b"
            r"(?![^;]{0,80}\bwith (?:\w+ )?(?:shaheds?|drones?|missiles?|glide bombs?|bombs|aircraft|rockets?)\b)|"
            r"\btargeted (?:\w+ ){0,3}?(?:outposts|checkpoints)\b|\bstorm(?:ed|ing|s)? (?:the )?positions of\b|"
            r"\bdetonated (?:a |an |his |her |the )?(?:[\w-]+ )?(?:bomb|explosive vest|explosives?|device)\b|"
            r"\b(?:land ?mine|mine|ied) blasts?\b|\b(?:land ?mine|mine|bomb|explosive device|ied)s? (?:was|were) "
            r"detonated\b|"
            r"\b(?:upsurge|surge|rise|spike) in (?:\w+ )?(?:clashes|fighting|attacks|hostilities)\b|"
            r"\badvances? (?:by|of) (?:the )?(?:[\w-]+ ){0,2}?(?:forces|troops|rebels|fighters|militants|army|m23|rsf|"
            r"jihadi(?:st)?s|insurgents)\b|"
            r"\b(?:claimed|took|taken|seized|regained|retook|recaptured|gained|established|exerted) (?:back )?(?:full |"
            r"complete |total )?control "
            r"(?:of|over)\b|\bcame (?:back )?under (?:the )?(?:[\w-]+ )?control\b|"
            r"\b(?:an?|the) (?:armed |brief |fierce |violent |deadly )?confrontation (?:with|between)\b|"
            r"\binflicted (?:\w+ ){0,2}?(?:casualties|losses) on\b|"
            r"\b(?:columns?|troops|forces|soldiers) (?:are |were |is |was )?(?:still )?advancing\b|"
            r"\b(?:fighting|clashes|battles?|siege|offensive)\b[^;]{0,40}?\b(?:has |have )?entered (?:its|"
            r"the) (?:\w+ )?(?:day|week|month)\b|"
            r"\b(?:expansion|escalation|spread|intensification) of (?:the )?(?:fighting|hostilities|clashes)\b|"
            r"\bterror(?:ist)? shootings?\b|\b(?:settler|mob) rampages?\b|\bwent on a rampage\b|"
            r"\b(?:the|a|his) (?:shooting |gun |killing |deadly )?rampage (?:in|at|on|late|early|that)\b|"
            r"\bforces (?:now |still )?fight(?:ing)? in\b|\b(?:being|were|was|are) shot at\b",
            # fighters killed or "neutralised" by troops: the fight that killed them
            r"\b(?:troops|soldiers|security forces|forces|army|military)\b (?:have |had |has )?(?:killed|kills|"
            r"neutrali[sz]ed|eliminated) (?:at least |more than |over |some |about |nearly )?(?:\d[\d,]*|[a-z]+) "
            r"(?:[\w()-]+ ){0,3}?(?:insurgents|militants|terrorists|rebels|fighters|bandits|gunmen|attackers|"
            r"jihadi(?:st)?s|assailants)\b|"
            r"\bneutrali[sz](?:e|ed|ing) (?:the |all |\d+ |[a-z]+ )?(?:[\w-]+ )?(?:attackers|assailants|terrorists|"
            r"militants|gunmen|insurgents|bandits|jihadi(?:st)?s)\b",
            # fire told by where it went, with no rocket, missile or drone in it: "forces fired on 46 communities",
            # "troops fired towards the village"
            r"\b(?<!rockets were )(?<!rocket was )(?<!missiles were )(?<!missile was )(?<!drones were )"
            r"fir(?:ed|es|ing) (?:on|at|upon|towards?|in the direction of) (?:the )?(?:\d+ |multiple |several |"
            r"numerous |many |various |[\w-]+,? (?:and )?){0,6}?(?:communities|places|villages?|settlements?|"
            r"localities|"
            r"towns?|"
            r"areas|houses|homes)\b(?![^;]{0,80}\b(?:rockets?|missiles?|drones?|shaheds?)\b)",
            # fighting told as resumed, raging or set off between two sides, and fire told by its kind
            r"\bfighting (?:has |had )resumed\b|\bfighting between\b[^;]{3,80}?\b(?:rages|raging)\b|"
            r"(?<!since )(?<!the )(?<!when )\bconflict (?:erupted|broke out|flared(?: up)?) between\b|"
            r"\bfights? (?:took place|broke out|erupted) between\b|\bretaliatory (?:fire|firing|shelling)\b|"
            r"\bintensified (?:its |their )?(?:shootings?|shelling|firing|gunfire)\b|"
            r"\b(?:automatic|heavy|small)[- ](?:weapons?|arms|machine[- ]guns?) firing\b|"
            r"\bunprovoked (?:[\w-]+ ){1,3}?(?:fire|firing)\b",
            # forces that advanced fast or occupied a place; assaults beaten off
            r"\b(?:troops|forces|army|units|fighters|rebels|militants)\b (?:have |has |had )?advanced \w+ly "
            r"(?:on|into|toward|towards|deeper)\b|\b(?:troops|forces|army|rebels|militants|insurgents|fighters) "
            r"(?:have|has|had) (?:also |now )?occupied\b|\b(?:thwarted|foiled) (?:\w+ ){0,2}?assaults\b|"
            r"\b(?:thwarted|foiled|repelled|repulsed) (?:\d+|several|multiple|numerous|two|three|four|five) "
            r"(?:enemy )?attacks\b",
            # armed people attacking; shots fired and shootings reported; violence between two sides
            r"\b(?:group of )?armed (?:people|persons|individuals|elements) (?:[\w-]+ ){0,4}?(?:attacked|stormed|"
            r"raided|opened fire)\b|\b(?:was|were) (?:raided|stormed) by (?:[\w-]+ ){0,2}?(?:armed men|gunmen|"
            r"militants|assailants|attackers)\b|"
            r"\b(?<!warning )(?:shots|bullets|gunshots) (?:were|was) (?:also )?fired\b|"
            r"\bshootings? (?:were|was|have been|has been) (?:also )?reported\b|"
            r"\b(?:saw|witnessed) (?:\w+ )?(?:violence|clashes|fighting|confrontations) between\b|"
            r"\b(?:bloody|deadly|armed|fierce) violence between\b|\b(?:fac|squar)(?:e|es|ed|ing) off against (?:the )?"
            r"(?:[\w-]+ ){0,2}?(?:forces|troops|army|soldiers|militias?|militiamen|fighters|rebels|insurgents)\b|"
            r"\b(?:nighttime|night-time) raids?\b|"
            r"\braids? (?:swept|spread) (?:through|across)\b",
            # an attack on someone's home: "the president was slain in an attack on his private residence"
            r"\battacks? on (?:his|her|their) (?:private |family )?(?:home|house|residence|compound|farm)\b",
            # a town taken in an advance: "the Taliban swept into the town of Aibak"
            r"\b(?:swept|sweeping|sweeps|sweep) into (?:the |another )?(?:[\w-]+ )?(?:town|city|village|district|"
            r"provincial capital|capital|province)\b",
            # an encounter between forces, sides back at war, a town overtaken, a city pummelled by guns, soldiers
            # attacked
            r"\bencounters? (?:\w+ ){0,3}?(?:between|broke out|took place|occurred|(?:has |had )?erupted)\b|"
            r"\breturned to (?:the |their )?"
            r"(?:fighting|war|battle)\b|\b(?:forces|troops|army|rebels|fighters|militants)\b (?:had |have |has )?"
            r"(?:overtaken|overtook)\b|\bartillery (?:rounds?|shells?|fire) (?:\w+ )?(?:pummel\w*|pound\w*|batter\w*|"
            r"rain\w*)\b|\b(?:soldiers|troops|policemen|police officers|guards|agents) (?:were|"
            r"was) (?:\w+ )?attacked\b",
            # police attacked, districts that witnessed war, fighting that has been
            # intensified, artillery that landed, operations launched in an area
            r"\b(?:attacked|ambushed|raided) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:police(?:men)?|police officers|"
            r"security personnel|security posts?)\b|\b(?:(?:have|has|had) witnessed|witnesses|(?:is|are|was|were) "
            r"experiencing|(?:is|are|was|were|has been|have been|had been) the scene of) "
            r"(?:heavy |fierce |intense |renewed )?(?:war|fighting|clashes|battles)\b|\b(?:fighting|clashes|"
            r"hostilities) (?:has|have|had) been (?:intensified|escalated)\b|\bartiller(?:y|ies)\b[^;]{0,60}?"
            r"\b(?:landed|fell|exploded)\b|\bshells? fired from\b|\bfir(?:ing|ed) (?:[\w-]+ ){0,2}?artilleries\b|"
            r"\bartilleries (?:were |was )?fir\w*\b|"
            # shooting incidents reported, fire being exchanged, forces bearing down on or blockading a town, an
            # offensive waged
            r"\b(?:shooting|firing) incidents? (?:were |was |have been |had been )?(?:also )?(?:reported|recorded|"
            r"registered)\b|\bexchanging (?:\w+ )?fire\b|\b(?:forces|troops|army|rebels|fighters) (?:are |were )?"
            r"(?:\w+ )?bearing down on\b|\bwag(?:ing|ed|es?) (?:an? )?(?:[\w-]+ )?(?:offensive|assault)\b|"
            r"\bblockaded (?:the )?(?:city|town|village)\b|"
            # forces edging closer, a war waged for a place, control lost to a side, a list of communities attacked
            r"\b(?:forces|troops|army|rebels|fighters) (?:were |are |was |is )?(?:edging|inching|pushing) (?:ever )?"
            r"(?:closer|nearer)\b|\bwag(?:ed|ing) (?:a |the )?(?:war|battle) to (?:control|capture|take|seize|"
            r"retake)\b|"
            r"\blost control of\b[^;]{0,60}?\bto (?:the )?(?:[\w-]+ )?(?:resistance|rebels?|forces|fighters|militants|"
            r"insurgents|taliban|rsf|m23|army|junta)\b|\b(?:communities|villages|towns|places|areas) attacked "
            r"include\b|(?<!mortar )\bshell (?:exploded|landed|fell)\b|"
            r"\b(?:warring parties|sides|forces|armies|factions|militias|rebels|troops) (?:\w+ )?fought (?:in|on|"
            r"around|"
            r"near|for|over)\b|"
            # armed men fighting a force, hitting back, striking a target: "militias fought against Turkish forces",
            # "rebel forces counterattacked", "two suicide car bombers struck security compounds", "gunmen targeted a
            # bus", "the military carries out operations against PKK militants"
            r"\b(?:militias|militiamen|rebels|fighters|militants|insurgents|gunmen|tribesmen|guerrillas) "
            r"(?:\w+ )?fought (?:against|with) (?:the )?(?:[\w-]+ )?(?:forces|troops|army|soldiers|police|rebels|"
            r"militants|fighters)\b|"
            r"\b(?:forces|troops|rebels|fighters|militants|insurgents|army) (?:\w+ )?counter-?attacked\b|"
            r"\bsuicide (?:car )?bombers? (?:\w+ )?(?:struck|hit|attacked|targeted)\b|"
            r"\b(?:gunmen|assailants|attackers|armed men) (?:\w+ ){0,2}?targeted (?:a|the) (?:[\w-]+ )?(?:bus|convoy|"
            r"vehicle|car|checkpoint|post|patrol|police station|camp|village|market)\b|"
            r"\bcarr(?:ies|ied|y|ying) out (?:\w+ )?operations? against (?:the )?(?:[\w-]+ ){0,2}?(?:militants|"
            r"insurgents|rebels|terrorists|fighters|jihadists|gangs?)\b|"
            # clearing operations under way or carried on, a lot of shooting, fighters driven out of a town
            r"\b(?:cleansing|clearing|clearance|mop-up|mopping-up) operations?\b[^;]{0,60}?\b(?:are |is |were |was )?"
            r"(?:under ?way|ongoing)\b|\bcontinu\w* (?:their |its |the )?(?:clearance|clearing|cleansing|mop-up) "
            r"operations\b|\b(?:a lot of|lots of) (?:shooting|gunfire)\b|"
            # hideouts cleared ("the MNJTF cleared hideouts in and around Arege"), fighting that "has been on", a
            # blast on a railway line (not a bomb found and made safe there)
            r"\bcleared (?:[\w-]+ ){0,2}?(?:hideouts?|enclaves?|strongholds?)\b|\bfighting (?:has been|had been) on\b|"
            r"\b(?:explosion|blast)s? (?:on|along|under) (?:the |a )?(?:railway|rail|train) (?:tracks?|lines?)\b|"
            r"\b(?:driven|pushed|forced) out of (?:the )?"
            r"(?:[\w-]+ ){0,3}?by (?:[\w-]+ ){0,3}?(?:forces|troops|army|fighters|militias?|paramilitar\w+)\b|"
            # places taken by a group or fallen under its control; fighting that persists or is focused somewhere;
            # fire from a side that went on; an attack on a front; forces firing on civilians
            r"\b(?:districts?|towns?|villages?|areas?|bases?|posts?|positions?|cities|city|territor(?:y|ies)) "
            r"(?:\w+ ){0,3}?(?:were|was|has been|have been|had been) (?:taken|seized|captured|regained|retaken|"
            r"recaptured|liberated) by (?:\w+ ){0,3}?(?:militias?|militia groups|rebels|insurgents|fighters|militants|"
            r"taliban|forces|troops|military|army)\b|\bfell (?:under|into) (?:the )?(?:[\w-]+ )?control of\b|"
            r"\b(?:fighting|clashes|hostilities|confrontations)\b[^;]{0,80}?\b(?:persists?|persisted)\b|\b(?:fights|"
            r"fighting|clashes|"
            r"battles) (?:are |is |were |was |has been |have been )?(?:focus(?:ed)?|centred|centered|"
            r"concentrated) (?:on|around|in)\b|\b(?:shooting|firing|"
            r"shelling|gunfire) from (?:the )?(?:[\w-]+ ){1,3}?(?:continued|went on|resumed|persisted)\b|\battacked on "
            r"the [\w'’-]+ (?:front|direction|axis)\b|\bforces (?:\w+ )?fir(?:ed|ing) (?:on|at) (?:civilians|people|"
            r"residents)\b|\blaunched (?!(?:\w+ ){0,2}?(?:relief|rescue|humanitarian|search|"
            r"aid|evacuation|recovery|vaccination) )(?:\w+ ){0,2}?operations (?:in|around|near|across)\b",
            # fire across a front: "Pakistan's army has now fired across the Line of Control", "firing was done from
            # Pakistan's posts … to which the army gave a befitting reply"
            r"\b(?:fired|firing|opened fire) across the (?:line of control|loc|border|line of contact|frontier)\b|"
            rf"\bfiring was (?:done|carried out|opened|resorted to)\b|{_REPLY_GIVEN}",
        ),
        unless=re.compile(
            _NAMED_AS_CAUSE + r"|" + _ATTACK_SPOKEN_OF + r"|" + _SUBSIDED + r"|"
            # clashes only asked to end: "called for an immediate cessation of the clashes"
            r"\b(?:cessation|end|halt|stop) (?:of|to) (?:the |all )?clashes\b|"
            # a commander captured, not ground ("ISWAP captured and killed Brigade Commander M. Uba"); clashes named
            # as what drove people out ("clashes with Thailand forced over 172,000 people to flee")
            r"\bcaptured (?:and (?:killed|executed|beheaded) )?(?:an? |the )?(?:[\w-]+ ){0,2}?(?:commander|general|"
            r"brigadier|colonel|officer|soldier|leader|chief|mr|mrs|ms|dr)\b(?![’'])|"
            r"\b(?:clashes|fighting) (?:with (?:[\w-]+ ){1,2}|have |has |had )?(?:forced|displaced|drove)\b|"
            # a risk named, not an attack; people seized as suspects, not ground taken
            rf"{_AT_RISK_FROM}|\bseized\b[^;]{{0,40}}?\bon suspicion\b|"
            # shelling from the air: "two gunship helicopters shelled the militant hideouts"
            r"\b(?:helicopters?|gunships?|warplanes?|fighter jets?)(?: (?!and\b)\w+)? (?:shelled|pounded)\b|"
            # words pushed back against: "pushed back Friday on Trump's latest remarks"
            r"\bpush(?:ed|es|ing)? back (?:on \w+ |\w+ )?(?:on|against) (?:[\w’'-]+ ){0,4}?(?:remarks?|comments?|"
            r"claims?|statements?|suggestions?|criticism|calls?|plans?|proposals?|demands?|idea|rhetoric)\b|"
            # a ship seized is no ground taken: "a second sanctioned tanker had been seized"
            rf"\b{_VESSEL}\b[^;]{{0,40}}?\b(?:(?:was|were|had been|has been) )?seized\b|\b{_VESSEL} (?:[\w-]+ ){{0,2}}?"
            r"(?:has |have |had )?(?:taken|took) control of\b|"
            # an operation flown or fired: "carried out an operation against a target in Tel Aviv, using a drone"
            r"\boperations?\b[^;]{0,80}?\b(?:using|with) (?:an? |several |two |three |\d+ )?(?:[\w-]+ ){0,2}?"
            r"(?:drones?|missiles?|jets|aircraft|warplanes)\b|"
            rf"{_CROWD_ATTACKED}|"
            # a quarrel, not a fight: "in a clash of accusations", "a war of words"
            r"\bclash(?:es)? of (?:accusations|words|claims|narratives|views|opinions|interests|ideas|cultures|"
            r"civili[sz]ations)\b|"
            # operations halted are a truce: "announced a unilateral halt to its military operations against Israel"
            rf"\b(?:halt|cessation|suspension|pause|end) (?:of|to|in) (?:all |its |their )?{_HALTED}|"
            # an escaped prisoner caught again, and things the police took: "Camara was recaptured", "police also
            # seized a lighter and a cellphone"
            r"\b(?:was|were|been|being) recaptured\b|\bescapees?\b[^;]{0,40}?\brecaptured\b|\bpolice (?:have |had )?"
            r"(?:also )?(?:seized|confiscated|recovered)\b|"
            # fighting only named as what people fled, with neither sides nor a degree: "Syrians fleeing fighting in
            # Qalamoun", "people who fled the fighting in Sudan" (not "fled fighting between the army and the AA", nor
            # clashes fled, which name a fight: "Thousands flee clashes in North Kivu")
            r"\b(?:flee|flees|fleeing|fled|escaping|escaped|escape) (?:from )?(?:the )?(?:fighting|violence|"
            r"hostilities|conflict|war)\b(?! between)|"
            # a side told by the war it wages, not a fight: "Kenyan officers battling gangs in Haiti", "a coalition
            # fighting jihadists", "the government already battles a separate rebellion"
            r"\b(?:fighting|battling|battles?) (?:a |an |the )?(?:separate |long-running |decades-long |years-long )?"
            r"(?:gangs|jihadists|jihadist insurgency|insurgents|insurgency|insurgencies|rebellion|islamists)\b|"
            # control of an institution won, not of a place: "the opposition took control of parliament"
            r"\b(?:took|taken|takes|take|seized|seizing|gained|won|wins) control of (?:the )?(?:parliament|congress|"
            r"senate|government|cabinet|presidency|legislature|national assembly)\b|"
            # an attack only referred to: "no one has claimed responsibility for Sunday's attack"
            r"\bresponsibility for \w+day['’]s (?:[\w-]+ )?attacks?\b|"
            r"\b(?:instructed|ordered|told|authori[sz]ed) to open fire\b|\bopen fire only\b|\bduring the attack\b|"
            # an assault from the air: "a Russian aerial assault on Kharkiv", "a helicopter opened fire on the wedding"
            r"\baerial (?:assaults?|attacks?|bombardments?)\b|"
            r"\b(?:helicopters?|gunships?|warplanes?|aircraft|drones?)(?: [\w-]+){0,2}? (?:opened|opens|open) fire\b|"
            # what drones or missiles attacked, told with a day between: "Houthi drones on Thursday attacked a parade"
            r"\b(?:drones|missiles|rockets|warplanes|jets) (?:on|late on|early on|last) \w+ attacked\b|"
            # a war told as a state, not an incident: "the DRC military has been battling some 120 rebel groups"
            r"\b(?:has|have) been (?:fighting|battling|clashing)\b|"
            # an operation only threatened: "amid threats to launch a ground operation"
            r"\bthreat\w* to (?:launch|carry out|mount|begin|start)\b|"
            r"\bthreaten\w* (?:an? |new )?(?:counter-?)?offensive\b|"
            # gunfire that stopped: "the sound of gunfire stopped being heard"
            # a war's start as a time: "it has been a month since Russia invaded Ukraine"
            r"\bsince (?:\w+ ){1,2}?(?:invaded|invasion)\b|"
            r"\b(?:clashes|fighting|hostilities) came to (?:a )?(?:complete |full |total )?halt\b|"
            r"\bstopped being heard\b|\b(?:gunfire|shooting|shelling) (?:has |had )?(?:stopped|ceased|died down|"
            r"fell silent)\b|"
            # an attack only asked about: "the army did not say when the attack took place"
            r"\b(?:did not|didn't|does not|would not) (?:say|specify|disclose|reveal) (?:when|where|how)\b[^;]*|"
            # fire the sides are told to avoid: "both sides must avoid unprovoked firing"
            r"\b(?:avoid|refrain from|abstain from)\b[^;]{0,30}?\b(?:firing|fire|shelling|attacks?|advances?)\b|"
            # an attack from the air: "the convoy came under attack from guided missiles"
            r"\bcame under (?:\w+ )?(?:attack|fire) (?:from|by) (?:[\w-]+ ){0,2}?(?:missiles?|drones?|aircraft|"
            r"warplanes?|air ?strikes?|airstrikes?|helicopters?|rockets?)\b|"
            # an offensive only supposed: "any ground offensive would make a catastrophic situation worse"
            r"\bany (?:[\w-]+ )?(?:ground )?(?:offensive|invasion|incursion|assault|attack)\b|"
            r"\bknown for\b[^;]*|"
            # clashes referred back to ("these clashes left 209 dead"), ending, or naming the sides
            r"\bcontinuation of (?:the )?(?:clashes|fighting|hostilities)\b|"
            r"\b(?:clashes|fighting)\b[^;]{0,30}?\b(?:subsided|eased|calmed|died down)\b|"
            r"\b(?:clashes|fighting|hostilities) (?:have |has |had )?(?:ceased|stopped)\b|"
            r"\bclashing (?:sides|parties|factions|groups)\b|"
            r"\b(?:these|those) (?:clashes|attacks|battles)\b|\b(?:the|these|those) (?:clashes|fighting|attacks) "
            r"(?:\w+ )?(?:displaced|forced)\b|"
            # fighting told by what it caused; an offensive over; the causes of displacement
            r"\b(?:the|these|those|this) (?:[\w-]+ )?(?:clashes|fighting|hostilities|resumption of hostilities|upsurge "
            r"in fighting)\b(?: [\w-]+){0,5}? (?:have |has |had |which |that )?(?:\w+ )?(?<!were )(?<!was )"
            r"(?<!been )(?:caused(?! (?:the )?deaths?| casualties)|disrupted|jeopardi[sz]\w*|risks?|prompted|triggered|"
            r"sparked|prevented|resulted in|led to|left)\b|"
            r"\b(?:offensive|fighting|clashes|war|hostilities)\b[^;]{0,40}?\b(?:was|is|were|are) over\b|"
            r"\bcauses? (?:for|of) (?:the )?displacements?\b|"
            # a war the country has long fought; attacks named as what a move answers
            r"\b(?:has|have|had)\b[^;]{0,40}?\b(?:battled|fought|been battling|been fighting|faced|confronted)\b "
            r"(?:an? |the )?(?:[\w-]+ ){0,3}?(?:insurgency|insurgencies|rebellions?|uprising)\b|"
            r"\b(?:has|have|had) been (?:fighting|waging|battling)\b[^;]{0,80}?\b(?:for (?:several |many |more than |"
            r"over |nearly |almost |the (?:past|last) )?(?:an? |[\w-]+ )?(?:years|decades?)|"
            r"since (?:\d{4}|the \d{4}s))\b|"
            r"\bin response to (?:\w+ ){0,3}?(?:attacks?|assaults?|raids?)\b|"
            # a group described by its war: "an armed group battling the junta told AFP"
            r"\b(?:groups?|rebels|militias?|insurgents|organi[sz]ations?|movements?|alliance|forces)\b,? "
            r"(?:(?:that|which) (?:is|are|has been|have been) )?(?:battling|fighting) (?:the |against the )?(?:junta|"
            r"military|army|government|regime|state)\b|"
            # fighting forecast: "additional clashes are likely"
            r"\b(?:clashes|fighting|attacks|violence) (?:are|is|remain|remains|were|was) (?:\w+ )?(?:likely|possible|"
            r"expected|probable)\b|"
            r"\b(?:during|in) the (?:clash|clashes|battle|battles|crossfire|gunfire|firefight|exchange of fire)\b"
            r"(?! between\b| (?:in|at|near|around) (?:the )?(?:[\w-]+ ){0,3}?(?:district|village|town|area|county|"
            r"province|"
            r"region|camp)\b|"
            rf"{_TOOK_PLACE_IN})|"
            r"\b(?:jets|warplanes|aircraft|drones|air force)\b[^;]{0,40}?"
            r"\b(?:launched|carried out|conducted|mounted)\b[^;]{0,40}?\b(?:attacks?|assaults?|offensives?|"
            r"operations?|raids?)\b|"
            r"\b(?:killed|wounded|injured|died)\s+in\s+(?:the\s+)?(?:clashes|fighting|firefight|gunfight|shootout|"
            r"exchange of fire|encounter)\b"
            r"(?!\s+(?:with\s+(?:[\w’'()-]+\s+){1,5}?)?(?:in|near|around|at|along|across|between)\b|"
            rf"{_TOOK_PLACE_IN})|"
            rf"\bpolice\s+(?:clash\w*)\b{_WITH_ARMED_MEN}|"
            r"\b(?<!fighters )(?<!militants )(?<!terrorists )(?<!gunmen )(?<!insurgents )(?<!rebels )(?<!bandits )"
            r"clash\w* with (?:worshippers|protesters|rioters|demonstrators|police)\b"
            r"|\b(?:humanitarian|rescue|relief|evacuation|aid|search) operations?\b"
            r"|\b(?:as a result of|due to|because of|in view of) (?:the )?(?:\w+ )?(?:shelling|strikes?|attacks?|"
            r"bombing|fighting|crossfire|gunfire|clashes|conflict)\b(?! (?:that|which) (?:have |has |had )?(?:taken "
            r"place|took place|erupted|broke out)\b| (?:in|across) )"
            # fighting as the cause of a toll, or what a statement is about
            r"|\btoll (?:from|of|in) (?:the )?(?:[\w-]+ ){0,2}?(?:clashes|fighting|exchanges? of fire)\b"
            r"|\b(?:killed|wounded|injured|casualties|hurt)\b[^;]{0,60}?\bduring (?:the )?(?:exchanges? of fire|"
            r"clashes|fighting)\b(?! (?:in|near|around|at)\b)"
            r"|\b(?:regarding|concerning|about|into) the (?:clash|clashes|fighting)\b"
            r"|\bfighting (?:to|the) (?:extinguish|blaze|fire|flames)|\bfirefight(?:ers?|ing)\b"
            r"|\b(?:air defen[cs]es?|anti-aircraft|electronic warfare)\b[^;]{0,100}?\brepell?ed\b"
            r"|\b(?:offensive|war|campaign|operation) (?:that|which) (?:began|started) (?:this|last|in)\b"
            r"|\b(?:for|over|by|from|amid) the (?:renewed |ongoing |recent |latest )?fighting\b|\bthe besieged\b"
            # a siege told as a place's state, not an assault: "Taiz, besieged by the Houthis,", "has besieged
            # hundreds of thousands of civilians for more than 500 days", "under siege for months"
            r"|, besieged by\b|\b(?:besieged|under siege)\b[^;]{0,80}?\bfor (?:more than |over |nearly |almost |some )?"
            r"(?:[\d,]+|several|many|a few|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months|years)\b"
            r"|\bunder siege (?:for|since)\b"
            r"|\b(?:is|are|has been|have been) (?:\w+ )?fighting (?:the |a )?(?:[\w-]+ ){0,3}?(?:government|state|"
            r"regime)\b|\b(?:in|the) (?:the )?recaptured\b|\b(?:he|she|they|i|we) (?:was|were) captured\b"
            r"|\b(?:inmates|prisoners|escapees|fugitives|convicts)\b (?:\w+ ){0,4}?(?:recaptured|captured)\b"
            r"|\bcaptured (?:many|several|dozens of|scores of|hundreds of|\d+|two|three|four|five|six|seven|eight|nine|"
            r"ten) "
            r"(?:others|israelis|civilians|people|hostages|villagers|residents|soldiers|troops|policemen|officers|men|"
            r"women|boys|girls)\b|"
            r"\b(?:civilians|israelis|hostages|many|several|some|dozens|hundreds|others|most) (?:\w+ ){0,2}?captured "
            r"by\b"
            # people taken off a road: "Fano fighters intercepted the buses and captured the youths"
            r"|\bcaptured (?:the |around |about |some |[\d,]+ )?(?:youths|young men|laborers|labourers|workers|"
            r"passengers|students|travell?ers)\b|\b(?:youths|laborers|labourers|workers|passengers|students|"
            r"travell?ers)\b (?:\w+ ){0,4}?captured\b"
            r"|\b(?:respond|retaliate) to (?:its|their|the|this|that) (?:[\w-]+ ){0,2}?attacks?\b"
            r"|\b(?:prior to|before|since|after|following|until) the (?:[\w-]+ )?outbreak of\b"
            r"|\bbulldozers? (?:\w+ ){0,2}?(?:invaded|entered|raided|stormed)\b"
            # aid let in: "relief trucks that entered the Gaza Strip"
            r"|\b(?:trucks|lorries|convoys?|aid|shipments?|supplies|fuel) (?:that |which )?(?:have |has |had )?"
            r"entered\b"
            rf"|{_HALT_DEMANDED}(?:shelling|attacks|hostilities)\b"
            r"|\bthe captured (?:[\w-]+ ){0,2}?(?:rebels?|fighters?|militants?|soldiers?|suspects?)\b"
            # things seized and people captured: no ground taken ("seized 21 weapons", "killed or captured")
            r"|\b(?:seize|seized|seizes|seizing|capture|captured|capturing)\b (?:(?:a|an|the|some|large|huge|"
            r"significant|quantities|"
            r"amounts?|cache|haul|of|[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|several|kg|kilograms?|"
            r"tons?|tonnes?|more|than|over|about|nearly|at|least|number) ){0,4}?"
            r"(?:[\w-]+ )?(?:weapons|arms|guns|"
            r"rifles|firearms|ammunition|munitions|drugs|cocaine|items|objects|explosives|vessels?|ships?|boats?|"
            r"cargo|equipment|documents|cash|contraband|belongings|homes|houses|buses|bus|people|men|individuals)\b"
            r"|\b(?:weapons|arms|guns|rifles|firearms|ammunition|munitions|drugs|items|objects|equipment|explosives|"
            r"contraband|belongings)\b[^;]{0,40}?\b(?:were|was|have been|had been|has been) (?:\w+ )?(?:seized|"
            r"captured)\b"
            r"|\bthe (?:seized|captured) (?:items|objects|weapons|arms|drugs|goods)\b"
            # attackers taken alive: "another militant was captured alive", "two of the raiders were captured"
            r"|\b(?:was|were) (?:\w+ )?captured alive\b|\b(?:raiders?|attackers?|assailants?|gunm[ae]n|militants?|"
            r"terrorists?|insurgents?|suspects?)\b[^;]{0,20}?\b(?:was|were) (?:also )?captured\b"
            r"|\b(?:trucks?|pickups?|vehicles?|cars?|weapons|arms|guns) (?:\w+ )?(?:seized|captured) from\b"
            r"|\b(?:taken|seized|snatched|grabbed|abducted|kidnapped) by (?:\w+ )?(?:armed men|gunmen)\b"
            r"|\b(?:live-fire|firing|military|joint|naval|artillery) (?:exercises?|drills?)\b"
            r"|\bcaptured (?:the )?(?:[\w-]+ )?(?:colonel|general|commander|leader|chief|kingpin|mastermind|"
            r"spokesman)\b"
            # a place's clashes told as its history: "the province has experienced recurring clashes"
            r"|\b(?:has|have|had) (?:long )?(?:experienced|seen|witnessed|been the (?:site|scene) of) (?:recurring|"
            r"frequent|repeated|regular|periodic|occasional) (?:[\w-]+ )?(?:clashes|attacks|fighting|violence)\b"
            r"|\b(?:killed|neutrali[sz]ed|arrested|wounded|injured),? or captured\b|\bcaptured or (?:killed|"
            r"surrendered|arrested)\b|\b(?:fighters|rebels|militants|insurgents|soldiers|troops|terrorists|attackers|"
            r"members|suspects|another|others) (?:\w+ )?(?:were|was|have been|had been|has been) (?:\w+ )?captured\b"
            r"|\bfull-scale invasion\b"  # the war's name, not an event
            r"|\bset for (?:the |an? )?(?:[\w-]+ ){0,2}?(?:incursion|invasion|offensive|operation|assault)\b"
            r"|\b(?:peanut|egg|nut|sea|walnut|pistachio|seed) ?shells\b|\bas a result of combat operations\b"
            rf"|{_SHELTERED_FROM}"
            # power seized in a coup; fighting told as what came before; fire from drones, not on the ground
            r"|\b(?:seized|seize|seizing|took|taken) power\b"
            r"|\b(?:previous|past|last year’s|last year's) (?:[\w-]+ )?(?:clashes|fighting|attacks|violence|battles)\b"
            r"|\b(?:drone|aerial) (?:raids?|shelling)\b|\bhelicopter (?:gunships? )?attacks?\b"
            r"|\b(?:increased|increasing|rising|heightened) hostilities\b"
            r"|\b(?:aircraft|airspace|air) incursions?\b"
            # attacks from the air on a base; violence told by whom it displaced
            r"|\b(?:drone|missile|air) attacks? (?:on|against)\b"
            r"|\b(?:escalating|ongoing|continued|continuing|renewed) (?:violence|fighting|clashes|hostilities)\b"
            r"[^;]{0,80}?"
            r"\b(?:has|have) (?:displaced|forced)\b"
            # fire named only as the cause of a toll; with a place or a side's name of its own it is evidence of the
            # fighting too ("killed by Indian shelling across the LoC", "by shelling attributed to Hafter's forces")
            r"|\b(?:killed|wounded|injured|hurt|hit|destroyed|damaged|burned|burnt) by (?:the )?"
            rf"(?!(?:{_FIRING_SIDES})\b)(?:[\w-]+ )?(?:gunfire|shelling|sniper fire|shrapnel|crossfire|"
            r"artillery (?:fire|attacks?))\b"
            r"(?! (?:of|across|along|attributed|from|by|on|near|at)\b)"
            rf"|{_DISPLACED_BY}"
            r"|\b(?:captured|seized) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) )?(?:military |"
            r"armou?red |army )?(?:vehicles|trucks|technicals)\b"
            r"|\b(?:captured|seized) (?:on (?:video|camera|film)|(?:[\w-]+ ){0,2}?(?:weapons|arms|ammunition|documents|"
            r"equipment|pistols|rifles|guns|firearms|grenades|drugs|explosives)\b|"
            r"an? (?:[\w-]+ )?(?:volume|quantity|cache|haul) of)"
            # what the fighting was about, asked of fighting told before
            r"|\b(?:causes?|reasons?|origins?|motives?) (?:of|for|behind) the (?:[\w-]+ )?(?:clashes|fighting|attacks?|"
            r"violence)\b"
            # landmines as a legacy, a treaty's subject or a find, not a blast: "littered with landmines"
            r"|\b(?:littered with|banning|ban on|convention|clearance of|cleared|scattered|mine action|stockpil\w*)\b"
            r"[^;]{0,60}?\blandmines?\b|\blandmines?\b[^;]{0,60}?\b(?:were|was) (?:found|discovered|cleared|removed|"
            r"defused)\b|\blandmines? (?:scattered|laid during|left over)\b"
            # shelling as the time, place or danger of something else: "left during the shelling", "the shelling site"
            r"|\b(?:during|protect\w* from|aftermath of|time of|site of) (?:the )?(?:enemy |russian )?shelling\b|"
            r"\bshelling site\b|(?<!n't )(?<!n’t )(?<!not )\bstopped shelling\b"
            # clashes denied, to be stopped, ended by a truce, referred back to or explained
            r"|\bno (?:armed |further |new )?clashes\b|\bno (?:signs?|reports?) of (?:further |more |new )?(?:shooting|"
            r"gunfire|fighting|clashes)\b|\b(?:aimed at|to) (?:stopping|stop|end|ending|halt|halting) "
            r"(?:the )?(?:[\w-]+ )?clashes\b|\b(?:ceasefire|truce)\b[^;]{0,40}?\bafter (?:[\w-]+ ){0,2}?clashes\b|"
            r"\b(?:in the wake of|following|after|since) the (?:[\w-]+ )?clashes\b(?! (?:with|between|in|at|near)\b)|"
            r"\b(?:sparked|triggered|provoked) the "
            r"(?:[\w-]+ )?clashes\b|\bthe clashes (?:underscore|highlight|show|reflect)\w*"
            # explosives found, defused or being laid, not set off
            r"|\b(?:ieds?|improvised explosive devices?|explosive devices?)\b[^;]{0,30}?\b(?:were|was|have been|"
            r"had been) (?:\w+ )?(?:found|recovered|defused|discovered|seized|dismantled)\b"
            r"|\b(?:recover|seiz|found|defus|discover|dismantl|confiscat|plac|plant)\w*\b[^;]{0,40}?\b(?:ieds?|"
            r"improvised explosive|explosive devices?)|\bieds?\)? making materials|\b(?:presence|threat) of (?:\w+ )?"
            r"(?:ieds?|improvised explosive devices?|explosive devices?|landmines|mines)\b"
            r"|\b(?:weapons|arms|ammunition|vehicles|documents|trucks?|launchers?|rifles|pistols|guns|grenades?|"
            r"explosives|drugs)\b[^;]{0,30}?\b(?:were|was|has|has been) "
            r"(?:also )?(?:seized|captured)\b"
            rf"|{_WARNED_AGAINST}"
            r"|(?<!most )(?<!much )(?<!some )(?<!part )(?<!bulk )(?<!expansion )(?<!escalation )(?<!spread )"
            r"(?<!intensification )(?<!centre )(?<!center )(?<!heart )(?<!outbreak )(?<!rocked )(?<!gripped )"
            r"(?<!engulfed )(?<!returned )(?<!day )(?<!scene )\b(?:of|by|stop|end|halt|ending|to|"
            r"from) (?:the )?"
            r"fighting\b|\b(?:days|weeks|months|"
            r"years) of (?:[\w-]+ ){0,3}?fighting"
            r"|\bsince (?:the )?(?:fighting|war|conflict|clashes) (?:broke out|erupted|began|started|flared)"
            rf"|{_SINCE_LAUNCHED}|{_VISITED_ATTACKED}|{_SCENE_AFTERWARDS}"
            # aircraft as the attackers: "French fighter jets have since attacked the rebel position" (an air strike)
            r"|\b(?:jets?|warplanes?|aircraft|helicopters?|gunships?|drones?)\b (?:(?:have|has|had|also|since|then|"
            r"later|again) ){0,2}attacked\b"
            r"|\b(?:seized|confiscated|withheld|took|taken) (?:\w+ )?bod(?:y|ies)\b"
            rf"|{_FLARES}"
            r"|\b(?:bullet|empty|spent|cartridge) (?:[\w-]+ )?(?:shells|casings)\b"
            # fighting named as a time ("after the gun battle began, families fled"); an operation to catch attackers
            r"|\bafter the (?:gun ?battle|clashes|fighting|firefight|gunfight|shootout|battle|attacks?|exchange of "
            r"fire) (?:began|started|broke out|erupted)\b"
            r"|\boperations?\b[^;]{0,30}?\b(?:aimed at|to) (?:capture|capturing|hunt|track|arrest|arresting|find|"
            r"locate|apprehend)"
            r"|\b(?:would|will|to|could) resume (?:the )?fighting"
            r"|\b(?:combat|military) operations?\b[^;]{0,40}?\b(?:are|were|have been|will be|to be) (?:\w+ )?"
            r"(?:suspended|halted|stopped)\b"
            r"|\b(?:offensive|operation|campaign|assault) (?:would|will) (?:continue|go on|expand|press on)"
            r"|\b(?:halt|lull|pause|respite|break|end|decrease|reduction) (?:in |to |of )?(?:the )?(?:[\w-]+ )?"
            r"(?:fighting|shelling|clashes|hostilities)\b"
            r"|\bfighting (?:for (?:every|their|his|her|its|our) (?:life|lives)|to (?:extinguish|save|put out|contain|"
            r"overthrow|topple|oust|establish|impose|create)|for (?:[\w-]+ ){0,2}?(?:rights|justice))"
            # the whole sentence: "gunmen … celebrated with gunfire"
            r"|^.*?\bcelebrat\w* (?:with|by firing) (?:\w+ )?(?:gunfire|shots)|\bcelebratory (?:gunfire|shots)"
            r"|^.*?\bwithout (?:any )?(?:having to |a )?(?:fight(?:ing)?|clashes)\b"
            r"|\b(?:photos?|images?|pictures?|videos?|footage|cameras?)\b[^;]{0,30}?\bcaptur\w*|\bcapturing the "
            r"(?:aftermath|moment|scene)"
            r"|\bshells of (?:\w+ )?(?:cars|vehicles|buildings|houses)\b"
            r"|\b(?:clashes|fighting|war|conflict) live(?: updates| blog)?\b"  # a live page's title
            # people abducted are violence against civilians; a missile attack by a group is not on the ground
            r"|\b(?:gunmen|armed men|bandits|assailants) (?:who |that )?(?:also )?(?:kidnapped|abducted)\b"
            rf"|{_PERSON_CAPTURED}"
            r"|\b(?:missile|drone|rocket)s?\b[^;]{0,100}?\battacks? by\b",
        ),
        cased=(
            re.compile(r"\b[Rr]aid(?:ed|ing) (?:the (?:city|town|village|camp|district) of )?[A-Z][\w'’-]+"),
            # forces that entered a town named: "government forces entered Saraqeb", "fighters entered the town of"
            re.compile(
                r"\b(?:[Ff]orces|[Tt]roops|[Ss]oldiers|[Rr]ebels|[Ff]ighters|[Mm]ilitants) (?:have |had |has )?"
                r"(?:entered|enter|enters) (?:the (?:[a-z-]+ )?(?:town|city|village)s?(?: of)? )?[A-Z]"
            ),
            # control of a town taken, or a town advanced into ("seized" and "pushed into" are the lower-case
            # triggers' already): "the rebels taking control of Kamanyola and Luvungi", "an Israeli patrol advanced
            # into the towns of Samdaniya and al-Ajraf"
            re.compile(
                r"\b(?:took|taking|taken|takes|gained|gaining|wrested|wresting|assumed) "
                r"(?:full |complete |total )?control (?:over|of) (?:the (?:[a-z-]+ )?(?:towns?|city|cities|villages?) "
                r"(?:of )?)?[A-Z][\w'’-]+"
                r"|\b(?:advanced|advancing|pushing|stormed|storming|marched|marching) into (?:the (?:[a-z-]+ )?"
                r"(?:towns?|city|cities|villages?)(?: of)? )?[A-Z][\w'’-]+"
            ),
            # a town taken, told as a noun or a headline: "the RSF's capture of El-Fasher", "the conquest of Wad
            # Madani", "after a takeover by the M23", "Ramadi falls to ISIS militants"
            re.compile(
                r"\b(?:capture|takeover|seizure|conquest|fall) of (?:the (?:[a-z-]+ )?(?:city|town|village|capital|"
                r"base|airport) of )?[A-Z][\w'’-]++(?! (?:[\w'’-]+ )?(?:[Rr]egime|[Gg]overnment|[Aa]dministration))"
                r"|\btakeover by (?:the )?[A-Z]|\b[A-Z][\w'’-]+ (?:city |town )?falls to\b"
            ),
        ),
        retype=(
            (_MLRS, EventType.ROCKET_FIRE),
            (_SHELLS_LANDED, EventType.ROCKET_FIRE),
            (
                re.compile(r"\b(?:traded|exchanged|exchanging|trading) (?:missile|drone|air) ?(?:fire|strikes)\b"),
                EventType.AIR_STRIKE,
            ),
            # an attack made with drones alone: "attacked public utilities in Kherson with a drone", "attacked
            # Belgorod using UAVs" (not "with artillery and drones")
            (
                re.compile(
                    r"\battack\w*\b[^.;]{0,60}?\b(?:with|using) (?:an? |\d+ |several |dozens of )?(?:[\w-]+ )?"
                    r"(?:drones?|UAVs?|quadcopters?)\b(?![^.;]*\b(?:artillery|shelling|mortars?|tanks?|gunfire)\b)",
                    re.IGNORECASE,
                ),
                EventType.AIR_STRIKE,
            ),
            # fighters killed from the air: "it neutralised 200 militants in strikes", "aerial operations have
            # neutralised about 70 terrorists"
            (
                re.compile(
                    r"\b(?:neutrali[sz]ed|killed|eliminated)\b[^.;]{0,50}?\b(?:in|during|through) (?:[\w-]+ ){0,2}?"
                    r"(?:air ?strikes|strikes|aerial (?:operations?|strikes|bombardments?)|air raids|drone strikes)\b|"
                    r"\baerial (?:operations?|strikes) (?:have |has |had )?(?:neutrali[sz]ed|killed|eliminated)\b"
                ),
                EventType.AIR_STRIKE,
            ),
        ),
        per_place=True,
        factual=True,
        excludes=re.compile(rf"{_HABITUAL.pattern}|{_IN_A_DRILL}|{_ORDNANCE_MADE_SAFE}|{_POSSIBILITY_OR_SETTING}"),
    ),
    ExtractionPattern(
        id="attack",
        gate=(
            "gunman",
            "gunmen",
            "attack",
            "ambushed",
            "shot at",
            "shooting",
            "gunfire",
            "clash",
            "under fire",
            "under artillery",
            "under mortar",
            "under enemy",
            "under hostile",
            "rampag",
            "raided by",
            "under russian",
            "under drone",
            "under heavy",
            "under renewed",
            "under intense",
            "under simultaneous",
            "under coordinated",
            "assault",
            "shelling",
            "bombing",
            "raid",
            "offensive",
            "operation",
            "struck",
            "stormed",
            "overran",
            "targeted",
            "aimed at",  # "the strikes were aimed at …"
            "directed",
        ),
        type=EventType.AIR_STRIKE,
        triggers=triggers(
            # "occupants struck at settlements in Bohodukhiv and Izium districts", "the attack was directed against
            # energy infrastructure in the Kharkiv and Lviv regions"
            r"\bstruck at (?:the )?(?:[\w-]+ )?(?:settlements|villages|towns|cities|districts|positions|targets)\b|"
            r"\b(?:attacks?|strikes?) (?:was|were) (?:directed|aimed) (?:against|at)\b",
            r"\b(?:came|come|comes|coming|was|were|is|are|(?:has|have|had) been) (?:also |again |still )?under "
            r"(?:an? )?[“”\"']?(?:heavy |renewed |"
            r"intense |simultaneous |coordinated |enemy |hostile |russian |artillery |mortar |drone |terrorist |"
            r"jihadist |intensified |constant |repeated |relentless |continuous |sustained )?"
            r"[“”\"']?(?:attacks?|"
            r"fire)\b",
            r"\b(?:face|faced|facing|suffered|endured) (?:\w+ ){0,2}?attacks\b",
            r"\b(?:new|second|third|fresh|renewed|latest) wave of (?:[\w-]+ )?(?:attacks|raids|assaults)\b",
            # settlers or gunmen rampaging through a place, villages raided by them
            r"\brampag\w+ (?:through|in|across)\b|\braided (?:twice |again |once more |repeatedly )?by (?:\w+ ){0,4}?"
            r"(?:settlers|gunmen|militants|"
            r"insurgents|fighters|bandits|rebels|jihadi(?:st)?s|groups?)\b",
            # attacks told as having been: "there have been other attacks in Meluco and Nangade districts", "there was
            # another attack at the neighbouring Bachit community" (not "there were no attacks on it"); people
            # "attacked and killed"
            r"\bthere (?:have been|has been|had been|was|were) (?!no\b)(?:\w+ ){0,2}?(?:attacks?|raids?|assaults?) "
            r"(?:in|on|at|against|near)\b|\battacked and killed\b",
            r"\b(?:attacked|targeted|attacks? targeting) (?:the |an? |two |three |several )?(?:[\w()’'-]+ ){0,5}?"
            r"(?:sector|headquarters|outposts?|posts?|positions?|detachments?|police stations?|checkpoints?|bunkers?|"
            r"brigades?|"
            r"gendarmeries?|garrisons?|barracks|(?:security forces[’']?|military|army|police) (?:camps|bases))\b",
            # a headline's present with one attacker, or an attack told by the place it struck: "Gunman kills
            # security chief at embassy", "Somalia cafe attack kills nine"
            r"\b(?:gunman|gunmen|assailants?|attackers?) (?:kills|shoots|wounds)\b|\b(?:cafe|café|hotel|market|"
            r"mosque|church|bus|school|restaurant) (?:attack|assault|raid)s? (?:kills|leaves)\b",
            # a vehicle or workers set upon: "ISIS attacked a vehicle belonging to the SDF", "they attacked a bus" (not
            # from the air)
            r"\b(?<!drones )(?<!drone )(?:attacked|ambushed) (?:an? |the |two |three )?(?:[\w-]+ ){0,3}?(?:vehicles?|"
            r"bus(?:es)?|minibus(?:es)?|cars?|trucks?|trains?|motorcades?|workers|miners)\b"
            r"(?![^;]{0,30}?\b(?:from|with|by) (?:an? )?(?:[\w-]+ )?(?:drones?|missiles?|aircraft|jets|warplanes|"
            r"helicopters)\b)",
            # soldiers shot at
            r"\bshot at (?:the )?(?:legs of )?(?:[\w-]+ ){0,2}?(?:soldiers|troops|servicemen|policemen|police officers|"
            r"border guards)\b",
            # a base or post attacked: "the Mandimba base had been attacked"
            r"\b(?:base|post|outpost|position|checkpoint|camp|barracks) (?:in [\w’'-]+ )?(?:was|were|has been|had been|"
            r"have been) (?:\w+ )?attacked\b",
            r"\battacked (?:[\w-]+ ){0,3}?(?:areas|positions|neighbou?rhoods?)\b|"
            r"\b(?:carried out|launched|conducted|mounted|staged) (?:[\w-]+ ){0,4}?(?:attacks?|assaults?)(?: \w+day)?"
            r"(?: simultaneously| jointly| separately)? "
            r"(?:on|against|in|across|targeting)\b",
            r"\battacks? (?:on|against) (?:\w+ ){0,3}?(?:oblasts?|regions?|cities|city|towns?|villages?|districts?|"
            r"provinces?|areas?|capital|port|settlements?|communities)\b|"
            # "attacks on energy infrastructure in Kyiv and Mykolaiv", "waves of attacks on energy infrastructure"
            r"\battacks? (?:on|against) (?:\w+ ){0,2}?(?:energy|power|electricity|electrical|civilian|critical|vital) "
            r"(?:\w+ )?(?:infrastructure|facilities|grids?)\b",
            rf"\b(?:in|after|during|following|amid) (?:the |a |an )?(?:{_ATTACKERS}) (?:attacks?|assaults?)\b",
            rf"\b(?:{_ATTACKERS}) (?:attacks?|assaults?) (?:on|against|in|hit|killed|targeted)\b",
            r"\b(?:intensif\w+|escalat\w+|stepped up|expand\w+) (?:their |its |the )?(?:[\w-]+ )?(?:offensives?|"
            r"attacks|assaults?|operations?)\b",
            # (the first of a list may be something else: "attacked public buildings, police stations and churches")
            r"\battacked (?:[\w-]+,? ){0,4}?(?:infrastructure|residential areas?|settlements?|towns?|cities|villages?|"
            r"capitals?|(?:humanitarian )?hubs?|(?:power|energy|thermal|gas|electric\w*) (?:plants?|stations?|"
            r"substations?)|refiner(?:y|ies)|fuel depots?|"
            r"districts?|police stations?|schools?|farmers|villagers|worshippers|markets?|camps?|hospitals?|clinics?|"
            r"churches|church|mosques?|communities|residences?|houses|homes|(?:medical |health )?facilit(?:y|ies)|"
            r"premises|offices|squares?|booths|vehicles|convoys?|buses|trucks|polling (?:units?|stations?|booths?|"
            r"centres?|centers?)|voting (?:locations?|centres?|centers?)|collation centres?)\b",
            r"\braided (?:[\w’'-]+ ){0,3}?(?:police stations?|villages?|communities|towns?|camps?|bases?|"
            r"neighbou?rhoods|"
            r"military posts?|"
            r"barracks)\b",
            # attacks told by what they targeted: "attacks targeting the town of Kafr Roma"
            r"\battacks? (?:targeting|that targeted|which targeted) (?:the )?(?:[\w-]+ ){0,2}?(?:towns?|city|cities|"
            r"villages?|camps?|districts?|areas?|neighbou?rhoods?)\b",
            # an attack told by its target or its place: "an attack on a church in Dablo", "an attack in the
            # Marghan area", "gangs struck the city of Mirebalais"
            r"\b(?:an?|the|two|three|several|separate|coordinated|recent) (?:[\w-]+ ){0,2}?(?:attacks?|raids?|"
            rf"assaults?) (?:(?:on )?(?:{_WEEKDAY}|overnight|early|late|last)(?: night| morning| evening)? )?"
            r"(?:on|against|at) (?:an? |the |its |their )?"
            r"(?:[\w-]+ ){0,2}?(?:church|mosque|market|school|hospital|checkpoint|convoy|base|camp|village|town|"
            r"neighbou?rhood|suburb|settlement|hotel|restaurant|prison|factory|plant|farm|warehouse|"
            r"police station|military post|army post|outpost|(?:gold[- ])?(?:panning |mining )?site)s?\b",
            r"\battacks? involving (?:\w+ ){0,2}?armed groups?\b",  # "attacks by" them: the ground-clash pattern
            # an attack told by when and where it took place: "the first attacks occurred overnight in the villages"
            r"\b(?:attacks?|assaults?|raids?) (?:that |which )?(?:occurred|began|happened|took place|started) "
            r"(?:\w+ ){0,3}?(?:in|at|near|on)\b",
            r"\b(?:an?|the) (?:[\w-]+ )?attack in (?:the )?(?:[\w’'-]+ ){1,3}?(?:area|district|village|town|commune|"
            r"locality)\b",
            r"\b(?:an?|the) (?:[\w-]+ )?attack in the (?:area|district|village|town|commune|locality) of\b",
            r"\bclaimed (?:responsibility for )?(?:an?|the|two|several|multiple) (?:[\w-]+ ){0,3}?attacks? "
            r"(?:on|in|against|near)\b(?! (?:a|an|its|their) (?:statement|post|video|message|tweet)\b)",
            # people killed in an attack told with its place or target: "six civilians were killed in an attack in
            # Beni", "killed in the attack in the Lower Shabelle region"
            r"\b(?:killed|wounded|injured|died)\b[^;]{0,20}?\bin (?:an?|the) (?:[\w-]+ ){0,3}?attacks? "
            r"(?:in|on|at|near|against)\b",
            # an attack named with a place of its own: evidence of it too, not only of its toll
            r"\b(?:an?|the) (?:[\w-]+ )?(?:attacks?|assaults?|raids?) (?:was |were )?(?:overnight |late |early |"
            r"yesterday |today |last night |last week |last month |this week )?(?:on|against) (?:the )?"
            r"(?:[\w-]+ ){0,3}?"
            r"(?:village|town|city|commune|camp|locality|district) of\b",
            r"\ban (?:[\w-]+ )?attack killed (?:[\w-]+ ){1,3}?in (?:the )?(?:village|town|city|commune|camp|"
            r"locality|district)"
            r" of\b",
            r"\b(?:attacked|struck|raided|stormed|overran|targeted) (?:the )?(?:nearby |neighbou?ring )?(?:town|city|"
            r"village|camp|locality|commune) of\b",
            r"\b(?:mounted|launched|carried out|conducted) (?:\w+ ){0,2}?raids? (?:on|against|in)\b",
            # a place or people attacked somewhere: "they were attacked along the main road", "the base has been
            # raided three times"
            r"\b(?:was|were) (?:\w+ )?attacked (?:along|near|while|on (?:the|a|their|his|her) way|on (?:\d{1,2} )?"
            rf"(?:{_WEEKDAY}|january|february|march|april|may|june|july|august|september|october|november|"
            r"december)\b)|"
            r"\b(?:has|have|had) been raided\b|"
            # "Matiang has been attacked five times in 48 hours"
            r"\b(?:has|have|had) been (?:attacked|shelled) (?:(?:\w+ )?times|twice|again|repeatedly)\b",
            r"\battacks? (?:was|were) (?:also )?(?:carried out|launched|staged|perpetrated|committed) by\b",
            # "attacks were also carried out against defence forces", "a major assault was conducted against an outpost"
            r"\b(?:attacks?|assaults?|raids?) (?:that were |which were |were |was )?(?:also |again )?(?:carried out|"
            r"conducted|launched|staged) (?:in|on|against)\b",
            r"\b(?:shooting|gunfire|attack|clash|clashes)\b (?:is |was |are |were )?(?:reported|said|believed) to "
            r"have (?:occurred|happened|taken place|broken out)\b",
            r"\b(?:areas|zones|neighbou?rhoods|towns?|villages?|city|cities|camps?|settlements|districts|hospital|"
            r"school|base|"
            r"church(?:es)?|mosques?|markets?|checkpoints?|police stations?|convoys?|communities|vehicles?|cars?|bus|"
            r"buses|trucks?|polling (?:units?|stations?|booths?|centres?|centers?))\b"
            r"[^;]{0,80}?\b(?:was|were|have been|has been|had been) (?:also )?(?:attacked|raided)\b|"
            r"\b(?:starting|started|began|beginning) to (?:attack|strike|bomb)\b|"
            r"\b(?:moved on|went on|proceeded|returned|came back) to attack\b",
            # an attack given its own attacker is evidence of the attack, not only of its toll ("a deadly CODECO
            # attack leaves a dozen dead", "RSF attacks reportedly resulted in the deaths of 47")
            r"\b(?:adf|codeco|m23|rsf|al-shabaab|shabaab|jnim|iswap|boko haram|isis|bandits?|"
            r"jihadi(?:st)?s?|militants?|"
            r"rebels?|gangs?|terrorists?|insurgents?|guerrillas?) (?:\w+ )?attacks? (?:in (?:central |northern |"
            r"southern |eastern |western )?[\w’'-]+ )?(?:reportedly |also )?(?:leaves?|left|kills?|killed|resulted in|"
            r"claimed)\b",
            r"\barmed attacks? (?:in|on|against)\b|\b(?:in|after|during|following|amid) (?:the |a |an )?"
            r"(?:(?:\d+|two|three|four|five|several|multiple|separate|coordinated|suspected|alleged|deadly|"
            r"simultaneous|fresh|new|recent) ){0,2}(?:jihadist|militant|rebel|insurgent|terrorist|guerrilla|gang|"
            r"bandit) (?:attacks?|assaults?|raids?)\b",
            # an attack given the group that led it: "an attack led by the ADF killed 22 civilians in Beni"
            r"\b(?:an?|the|another) (?:[\w-]+ )?(?:attacks?|assaults?|raids?) (?:led|carried out|perpetrated|"
            r"launched|claimed) by\b",
            # an attack given the group it is blamed on: "an attack attributed to separatists struck the Mbaw plain",
            # "new attacks blamed on ADF rebels", "an attack in Bamenda attributed by the authorities to separatists",
            # "the assault by al Shabaab began before dawn"
            r"\b(?:an?|the|another|new|recent|fresh|latest|separate) (?:[\w-]+ )?(?:attacks?|assaults?|raids?) "
            r"(?:in [\w-]+(?: [\w-]+)? )?(?:attributed (?:by [\w ]{3,30}? )?to|blamed on|by(?: suspected| unknown| "
            r"unidentified)?) (?:the )?(?:[\w-]+ ){0,2}?(?:separatists?|jihadi(?:st)?s?|militants?|rebels?|"
            r"insurgents?|gunmen|bandits|terrorists?|armed groups?|islamists?|extremists?|gangs?|militias?|fighters|"
            r"forces|assailants|attackers|adf|codeco|m23|iswap|jnim|al-shabaa?b|shabaa?b|boko haram|hts)\b",
            # an attack named by the group that made it: "Latest ISWAP attack in Borno", "killed in Amba attacks in"
            r"\b(?:iswap|adf|codeco|jnim|amba|al-shabaa?b|shabaa?b|boko haram|fano) (?:attacks?|assaults?|raids?) "
            r"(?:in|on|against|at|near)\b",
            # a toll's attacks counted: "killed in two separate attacks", evidence of the attacks (the guide)
            r"\b(?:killed|wounded|injured|dead)\b[^;]{0,20}?\bin (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
            r"several|multiple|separate) (?:separate |different |coordinated |simultaneous )?(?:attacks|raids|"
            r"assaults)\b",
        ),
        unless=re.compile(
            _NAMED_AS_CAUSE
            + r"|"
            + _BLAMED_ATTACKS
            + r"|"
            + _SINCE_LAUNCHED
            + r"|"
            + _VISITED_ATTACKED
            + r"|"
            + _SCENE_AFTERWARDS
            + r"|"
            + _ATTACK_SPOKEN_OF
            + r"|"
            r"\b(?:cyber|cyber-|heart|panic|asthma|verbal|shark|dog)[ -]?attacks?\b|\bunder fire (?:from|for) critics"
            r"|\b(?:rocket|mortar|missile|drone|air) (?:attacks?|strikes?)\b"
            r"|\b(?:killed|wounded|injured|died)\b[^;]{0,20}\bin (?:the |an? )?(?!(?:\d+|two|three|four|five|six|seven|"
            r"eight|nine|ten|several|multiple|separate) )(?:[\w-]+ )?attacks?\b"
            r"(?! (?:overnight |late |early |yesterday |today |last night )?(?:on|against|in|near|at|elsewhere|across|"
            r"by|blamed on|attributed to|"
            r"claimed by|carried out by|led by) )"
            rf"|{_DISPLACED_BY}|{_WARNED_AGAINST}"
        ),
        cased=(
            re.compile(
                r"\b[Aa]ttacked (?:the (?:city|town|village|camp|district) of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? "
                r"(?:in|on)\b"
                # a list of places attacked: "attacked Bardo, Kafa, Ara and Misa"
                r"|\b[Aa]ttacked [A-Z][\w'’-]+, [A-Z][\w'’-]+(?:,| and [A-Z])"
                # places listed as attacked: "Nioro du Sahel, Kayes and Diboli were simultaneously attacked by"
                r"|\b[A-Z][\w'’-]+,? (?:were|was) (?:simultaneously |also |again )?attacked by\b"
                # places attacked, listed after "in": "resistance forces attacked in Lewe, Yedashe and Dawei"
                r"|\b[Aa]ttacked in [A-Z][\w'’-]+(?:,| and [A-Z]| on\b| at\b)"
                # a named village set upon: "gunmen raided Kuru village", "stormed Dabra camp"
                r"|\b(?:[Aa]ttacked|[Rr]aided|[Ss]tormed|[Oo]verran) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:village|town|"
                r"community|camp|settlement|locality)\b"
            ),
            re.compile(r"\b(?:IS|ISIS|ISIL|Daesh|ISWAP|JNIM|TTP) attacks? (?:in|on|at|near)\b"),
            re.compile(
                r"\b(?:[Aa]ttacks?|[Aa]ssaults?|[Ss]helling|[Bb]ombing|[Rr]aids?) (?:on|against|of) (?:the (?:city|"
                r"town|"
                r"village|port|district|region|settlement) of )?[A-Z][\w'’-]+"
            ),
        ),
        retype=(
            (_MORTARS_STRUCK, EventType.ROCKET_FIRE),
            (_MLRS, EventType.ROCKET_FIRE),
            (_GROUND_CONTEXT, EventType.GROUND_CLASH),
            (_NOTHING_FROM_THE_AIR, EventType.GROUND_CLASH),
            (_GROUND_BOMBING, EventType.GROUND_CLASH),
            (_ARTILLERY_FIRE, EventType.GROUND_CLASH),
        ),
        fallback=True,
        per_place=True,
        factual=True,
        excludes=_HABITUAL_OR_EXERCISE,
    ),
    ExtractionPattern(
        # a person shot dead or wounded with no shooter named, as news of killings tells it: "the mayor was shot dead
        # Friday", "Fabian Thomas was shot and killed in Santa Cruz", "the senator was shot and wounded at a rally";
        # not an attacker stopped, nor fire by the state's forces (the toll and the unrest or the raid tell those)
        id="shot-dead",
        gate=("shot dead", "shot and", "shot to death", "gunned down"),
        type=EventType.GROUND_CLASH,
        triggers=triggers(
            rf"\b(?:was|were|had been|has been|have been) (?:\w+ )?{_SHOT_DOWN}\b",
        ),
        excludes=re.compile(
            r"\b(?:attackers?|assailants?|gunm[ae]n|terrorists?|suspects?|jihadists?|militants?|raiders?|robbers?|"
            r"bandits?|bombers?|hijackers?|kidnappers?|insurgents?|rebels?|fighters|warriors?)\b"
            rf"(?: (?:who|was|were)\b)?[^;]{{0,30}}?\b{_SHOT_DOWN}\b|"
            rf"\b{_SHOT_DOWN}\b[^;]{{0,40}}?\bby (?:the )?(?:[\w-]+ ){{0,2}}?(?:police|policemen|officers|"
            r"security forces|soldiers|troops|army|coast ?guards?|guards|rangers|gendarmes|authorities|military|"
            r"a civilian)\b|"
            r"\b(?:protesters?|demonstrators?|escape|fleeing|tried to flee|checkpoint|in 20\d\d|years? ago)\b"
        ),
        fallback=True,
        per_place=True,
        factual=True,
    ),
    ExtractionPattern(
        # a blast that harmed, told with no bomb named: "a blast in Quetta took the life of one person", "the
        # explosion struck the Imam Sadiq mosque"; not an accident, nor what was fired from afar
        id="blast",
        gate=("blast", "explosion", "bomb"),
        type=EventType.GROUND_CLASH,
        triggers=triggers(
            r"\b(?:blasts?|explosions?|(?:car|truck|roadside|suicide) bombs?|suicide bombings?|"
            r"bomb(?= (?:outside|near|at) ))\b (?:[\w’'-]+ ){0,6}?"
            r"(?:killed|kills|kill|killing|wounded|wounding|injured|"
            r"injuring|hit|hits|rocked|rocks|struck|strikes|ripped through|tore through|targeted|went off|took place|"
            r"took (?:the )?li(?:fe|ves))\b",
        ),
        excludes=re.compile(
            r"\b(?:gas|fuel|tankers?|cylinders?|boilers?|chemicals?|fireworks|factory|(?:coal|gold) mines?|mining|"
            r"transformers?|refinery|accident\w*|port|ammunition|depots?|warehouses?|arms|drones?|missiles?|"
            r"air ?strikes?|airstrikes?|warplanes?|jets?|aircraft|rockets?|shells?|shelling|mortars?|artillery|"
            r"israeli|russian|heard|sounds?)\b"
        ),
        fallback=True,
        per_place=True,
        factual=True,
    ),
    ExtractionPattern(
        id="civil-unrest",
        gate=(
            "supporters",
            "violence",
            "riot",
            "protest",
            "stone",
            "rocks",
            "rock-throwing",
            "molotov",
            "demonstration",
            "unrest",
            "spread to",
            "mob",
            "party workers",
            "pti workers",
            "workers and leaders",
            "flooded the streets",
            "poured into the streets",
            "poured onto the streets",
            "poured on to the streets",
            "thronged the streets",
            "lynch",
            "stun grenade",
            "tear gas",
            "pepper spray",
            "blockade",
            "water cannon",
            "water-cannon",
            "looting",
            "sit-down",
            "shutters",
            "rubber bullet",
            "police",
            "clash",
            "rall",
            "march",
            "solidarity action",
            "to the street",
            "sit-in",
            "gathered",
            "dispersed",
            "demonstrat",
            "on strike",
            "on a strike",
            "went on",
            "stormed",
            "confront",
            "trouble",
            "disorder",
            "disturbance",
            "scenes of",
            "defi",
            "defy",
        ),
        type=EventType.CIVIL_UNREST,
        triggers=triggers(
            r"\b(?:street violence|riots?|rioters|rioting|protests?|protesters|protesting|demonstrations|demonstrators|"
            r"unrest|"
            r"mob violence|"
            r"lynching|stun grenades|tear gas|pepper spray|rubber bullets)\b",
            rf"\bpolice (?:clash\w*|fired|raided|stormed)\b{_WITH_ARMED_MEN}",
            # students' and drivers' blockades: "daily traffic blockades", "a 24-hour blockade at a major intersection",
            # "organised blockades at more than 60 faculties"
            r"\b(?:traffic|student|faculty) blockades?\b|\b\d+-hour blockade (?:at|of)\b|\borgani[sz]ed blockades\b",
            r"\b(?:threw|throwing|hurled|hurling) (?:stones|rocks)\b|\b(?:stone|rock)-throwing\b|"
            r"\bmolotov cocktails?\b",
            r"\bclash\w* with (?:worshippers|protesters|rioters|demonstrators|(?:the )?(?:riot )?police)\b",
            # crowds storming a building; protesters and the police clashing
            r"\b(?:supporters|protesters|demonstrators|crowds?|mobs?|students|rioters|fans)\b[^;]{0,60}?\bstormed\b|"
            rf"{_CROWD_ATTACKED}|"
            r"\b(?:clash\w*|confrontations?) between (?:the )?(?:[\w-]+ )?(?:demonstrators|protesters|supporters|"
            r"students|youths?) and (?:the )?(?:[\w-]+ )?(?:security forces|security officers|police|troops|army)\b|"
            r"\b(?:clash\w*|confrontations?) between (?:the )?(?:[\w-]+ )?(?:security forces|security officers|police) "
            r"and (?:the )?(?:[\w-]+ )?(?:demonstrators|protesters|supporters|students|youths?)\b",
            # a crowd, or agitators, against the police: "clashes broke out between a mob and the police", "agitating
            # Madhesis clashed with security personnel"
            r"\b(?:clash\w*|confrontations?) (?:broke out |erupted )?between (?:an? |the )?(?:[\w-]+ )?"
            r"(?:mobs?|crowds?|rioters|agitators) and "
            r"(?:the )?(?:[\w-]+ )?(?:security forces|security personnel|police|troops|army)\b|"
            r"\b(?:agitating|agitators|rioting|rioters)\b[^;]{0,30}?\bclash\w* with (?:the )?(?:[\w-]+ )?"
            r"(?:security (?:forces|personnel|officers)|police(?:men)?|troops|army)\b",
            r"\b(?:protesters|demonstrators|residents|people|thousands|hundreds|crowds?|supporters|women|students|"
            r"youths) (?:\w+ )?marched\b|\bmarched (?:through|to|on) (?:the )?(?:streets?|capital|parliament|city)\b",
            r"\b(?:rall(?:y|ies|ied)|marches|(?:took|taken|taking|returned|went back) to the streets?|sit-ins?|"
            r"(?:thousands|hundreds|crowds?|people|protesters|demonstrators|residents|supporters)\b[^;]{0,30}?"
            r"\b(?:flooded|poured (?:into|onto|on to)|thronged) the streets|"
            r"dispersed (?:the |a |an |their )?(?:[\w-]+ ){0,2}?(?:crowds?|protesters|demonstrators|demonstrations?|"
            r"protests?|rall(?:y|ies)|gatherings?|sit-ins?|march(?:es|ers)))\b",
            r"\bdemonstrat(?:e|ed|ing)\b|\b(?:attended|held|staged|organi[sz]ed|joined) (?:a |an |the |their |"
            r"another )?(?:[\w-]+ ){0,2}?demonstration\b",
            # a crowd gathered to make a demand: "crowds gathered outside the embassy, demanding his release"
            r"\b(?:crowds?|protesters|demonstrators|hundreds|thousands|dozens|residents|supporters|activists|students|"
            r"relatives|families|villagers|youths|women|citizens) (?:\w+ )?gathered "
            r"(?:outside|in front of|at|near|in|on)\b"
            r"(?=[^;.]{0,120}?\b(?:demand\w*|chant\w*|slogans?|placards?|banners?|protest\w*|denounc\w*|"
            r"calling for|to call for)\b)",
            # a counted crowd, of people or of a party's supporters (not mourners); a crowd at a seat of power:
            # "an estimated 70,000 opposition supporters gathered", "a crowd had gathered outside a police station"
            r"\b(?:[\d,]+|thousands|hundreds|dozens|tens of thousands) (?:of )?(?:[\w-]+ ){0,2}?"
            r"(?:supporters|activists|people) (?:\w+ ){0,2}?gathered\b"
            rf"{_NOT_TO_MOURN_OR_CELEBRATE}|"
            r"\bcrowds? (?:also |had |have |has )?gathered (?:outside|in front of) (?:the |a |an )?(?:[\w-]+ ){0,2}?"
            r"(?:police stations?|police headquarters|courts?|courthouse|parliament|embassy|consulate|ministry|palace|"
            r"government (?:buildings?|offices?)|(?:steel |power |chemical )?plant|factory|head office|city hall|"
            r"town hall)\b",
            # water cannon turned on a crowd (on a ship: see `unless`); looting that
            # broke out; a sit-down strike; shops that downed their shutters in a strike
            r"\bwater[- ]cannons?\b|"
            r"\blooting (?:also )?(?:took place|broke out|erupted|spread|continued|was reported|started|began)\b|"
            r"\bsit-down strikes?\b|\bdowned (?:their )?shutters\b",
            # a strike called as a protest: "shopkeepers went on a strike to condemn the killing"
            r"\bwent on (?:a )?(?:[\w-]+ )?strike\b(?=[^;.]{0,40}?\b(?:to (?:protest|condemn|denounce|demand)|"
            r"against|in protest)\b)",
            # "West Papua solidarity actions were held in Darwin, Melbourne and Perth"
            r"\b(?:solidarity|protest) actions (?:were |have been |had been )?(?:held|staged|organi[sz]ed)\b",
            # unrest spreading, read from the verb ("the unrest" alone names one told before): "the unrest has spread
            # to other cities including Bandung and Medan"
            r"\b(?:(?<=unrest )|(?<=protests )|(?<=demonstrations )|(?<=riots )|(?<=rioting )|(?<=movement ))"
            r"(?:has |have |had )?"
            r"(?:quickly |rapidly |since |also )?spread (?:to|into|across)\b|"
            # British and wire English for a riot: "trouble also erupted in Salford", "scenes of disorder in
            # Birmingham", "further disturbances took place last night in Enfield"
            r"\b(?<!internet )(?:trouble|disorder|disturbances?|rioting)\b (?:also |again |later |then |had |has |"
            r"have )?(?:erupted|broke out|flared|spread|took place|continued)\b|\bscenes of (?:disorder|looting)\b",
            # a ban or curfew defied: "hundreds defied prohibitory orders", "protesters who defied a ban on rallies"
            r"\b(?:defied|defying|defy) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:curfews?|prohibitory orders?|bans?|"
            r"section 144|orders? banning)\b",
            # a crowd facing the police down: "several activists confronted the police at the square"
            r"\b(?:protesters|demonstrators|activists|crowds?|mobs?|students|youths|residents|supporters|rioters)\b "
            r"(?:\w+ ){0,2}?confronted (?:the )?(?:riot )?(?:police(?:men)?|security forces|officers|troops)\b",
            # a party's supporters who clashed (not armed ones): "supporters of Raila Odinga have clashed in Mathare",
            # "clashes between rival supporters"
            r"\b(?<!armed )supporters\b (?:[\w’'-]+ ){0,6}?(?:have |had |also |again )?clash(?:ed|ing)\b|"
            r"\bclash(?:es)? (?:broke out )?(?:between|among) (?:rival )?(?:[\w-]+ ){0,3}?supporters\b",
        ),
        # a counted crowd of a people: "thousands of Algerians gathered in the streets", "30,000 Austrians marched"
        cased=(
            re.compile(
                r"\b(?:[Tt]housands|[Hh]undreds|[Dd]ozens|\d[\d,]{2,}) (?:of )?[A-Z][a-z]+s (?:marched|gathered)\b"
                + _NOT_TO_MOURN_OR_CELEBRATE
            ),
        ),
        # a protest as a motive, and unrest as a place's background ("the scene of seven years of unrest");
        # a protest lodged with a government is a diplomatic step
        unless=re.compile(
            # a state's protest is a statement: "prompted a formal protest from Hanoi to Beijing"
            rf"{_STATES_PROTEST}|"
            # a coast guard's water cannon on a ship: "coast guard vessels used water cannon on a supply boat"
            r"\b(?:vessels?|ships?|boats?|cutters?|flotillas?|brp|coast ?guards?)\b[^.;]{0,60}?\bwater[- ]cannons?\b|"
            r"\bwater[- ]cannons?\b[^.;]{0,60}?\b(?:vessels?|ships?|boats?|cutters?|flotillas?|convoy|shoal)\b|"
            # protesters counted among the dead or the wounded: the toll, not the protest ("11 protesters had been
            # injured", "security forces killed 13 protesters")
            r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|scores of|"
            r"hundreds of) (?:[\w-]+ )?(?:protesters|demonstrators)\b(?: (?:were|have been|had been|was|who were))? "
            r"(?:\w+ )?(?:killed|shot|injured|wounded|hurt|died|dead)\b|"
            r"\b(?:killed|killing|kills|shot|shooting|injured|injuring|wounded|wounding) (?:at least |some |about |"
            r"nearly |more than )?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|"
            r"scores of|hundreds of) (?:[\w-]+ )?(?:protesters|demonstrators)\b|"
            # protests as the start of a running toll: "300 have been killed since the protests in October"
            r"\bsince (?:the )?(?:[\w-]+ )?(?:protests|demonstrations|unrest|riots|uprising)\b|"
            # protests banned or still to come: "rallies called for Wednesday have been banned", "nine more days of
            # rage are scheduled", "more protests are planned for the coming days"
            r"\b(?:rall(?:y|ies)|protests?|demonstrations?|marches|assemblies|gatherings|days of rage)\b[^.;]{0,60}?"
            r"\b(?:are|is|was|were|have been|has been|had been|remain) (?:\w+ )?(?:banned|prohibited|scheduled|"
            r"planned|likely|expected)\b|"
            rf"{_PROTESTS_BANNED}|"
            r"\bin protest (?:at|over|against|of)\b|\bin order to protest\b|\bfor protesting\b|\b(?:years|months|"
            r"decades) of (?:\w+ )?"
            r"unrest\b|"
            r"\btook to the streets (?:to celebrate|in celebration)\b|\b(?:[a-z]+-)+unrest\b|"
            # "demonstrating the difficulties", "demonstrated that", "demonstrated ability": showing, not protesting
            r"\bdemonstrat(?:e|es|ed|ing) (?:the|that|how|its|their|our|his|her|a|an|ability|capacity|capability|"
            r"responsible|maximum|by|restraint|calm|support|solidarity|goodwill|exceptional|courage|bravery|"
            r"professionalism|valou?r|(?:[\w-]+ )?(?:commitment|responsibility|willingness|resolve|leadership|"
            r"sincerity|unity))\b|"
            # a protest still to come: "called for a mass protest on Thursday", "in anticipation of planned protests"
            r"\b(?:call(?:ed|s|ing)? for|planning|plans? for|ahead of|in anticipation of|join) (?:a |an |another |the |"
            r"more |further |new |fresh )?(?:[\w-]+ ){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)\b"
            r"(?![^;]{0,40}?\b(?:turned|became|clashed|fired|were killed|was killed|erupted)\b)|"
            # an order to fire on protesters is the threat, not their unrest: "told security forces to “fire without
            # warning” at demonstrators"
            r"\b(?:fire|shoot|kill)[”\"']? without (?:any |prior )?warning\b[^;]*|"
            # tear gas fired by troops in a raid or a storming: the raid, not a riot
            r"\b(?:raids?|raided|stormed|storming|incursions?|soldiers|troops|army|military forces|israeli forces)\b"
            r"[^;]*\b(?:tear gas|stun grenades|rubber(?:-coated)? (?:metal )?bullets)\b|"
            r"\b(?:tear gas|stun grenades|rubber(?:-coated)? (?:metal )?bullets)\b[^;]*\b(?:raids?|raided|stormed|"
            r"storming|incursions?|soldiers|troops)\b|"
            # settlers marching, rioting or rampaging through a village: an attack (the ground-clash pattern)
            r"\bsettlers?\b[^;]*\b(?:marched|rioting|riots?|rampage|molotov cocktails)\b|"
            r"\b(?:rioting|riots?|rampage)\b[^;]{0,20}?\bsettlers?\b|"
            # armed men fighting the police: a clash, not unrest
            r"\b(?:terrorists|militants|insurgents|gunmen|fighters|rebels|"
            r"jihadi(?:st)?s|bandits|al-shabaa?b|thugs|gangs?|"
            r"gang members|gangsters)\b[^;]{0,20}?"
            r"\bclash\w* with (?:\w+ )?(?:police|security)\b|"
            r"\b(?:jihadist|islamist|militant|insurgent|armed|ethnic|separatist|sectarian|tribal) unrest\b|"
            r"\bunrest (?:linked to|tied to|fuelled by|fueled by) (?:[\w-]+ )?(?:jihadist|islamist|armed|militant)\b|"
            r"\bto demonstrate (?:its |their |his |her |full |a |real )?(?:[\w-]+ )?(?:commitment|resolve|willingness|"
            r"goodwill|support)\b|"
            r"\b(?:lodge|lodged|lodging|register|registered|record|recorded|made|filed|file) (?:[\w’'“”\"-]+ ){0,3}?"
            r"protests?\b|"
            # a government's protest to another: "handed the diplomat a protest note"
            r"\bprotest (?:notes?|letters?)\b|\b(?:notes?|letters?) of protest\b|\bprotests? (?:was |were )?"
            rf"(?:conveyed|delivered|handed)\b|{_DIPLOMATIC_PROTEST}|"
            # "a formal protest is going to be lodged"
            r"\bprotests? (?:[\w-]+ ){0,4}?(?:lodged|filed)\b"
            # unrest as the background of something else; protests told as history or as a government's objection
            r"|\b(?:the|growing|ongoing|continued|continuing|heightened|escalation of|exploiting the|wake of the) "
            # (unless told as it began: "the unrest erupted on Friday after Zuma started serving his sentence")
            r"unrest\b(?! (?:first |initially )?(?:erupted|began|broke out|started|flared)\b)"
            r"|\b(?:wracked|racked|rocked|gripped|plagued) by (?:\w+ )?unrest\b|\bunrest since\b|\b(?:weeks|days) of "
            r"(?:\w+ )?unrest\b|\b(?:stir\w*|create|creating|fuel\w*|foment\w*|sow\w*) (?:\w+ )?unrest\b|"
            r"\bsigns of unrest\b|\b(?:frequent|recurrent|regular|periodic|recurring) unrest\b|\b(?:incit\w*|"
            r"provok\w*) (?:\w+ )?unrest\b"
            r"|\b(?:crackdowns? on|cracked down on) (?:\w+ ){0,3}?(?:protests|protesters|demonstrators)\b"
            # the protests as the setting of a running count: "the number of people arrested during the protests"
            r"|\bnumber of (?:people |protesters |those )?(?:killed|arrested|detained|injured|wounded|dead)\b"
            r"[^;]{0,40}?\b(?:in|during) (?:the )?(?:[\w-]+ ){0,2}?(?:protests|demonstrations|unrest)\b"
            # a government's protest, not a crowd's: "summoned the envoy to express strong protest"
            r"|\bsummon\w*[^;]{0,60}?\bto [“\"']?protest\b|\bexpress(?:ed|es|ing)? (?:its |their |a |an )?[“\"']?"
            r"(?:strong |formal |firm |vigorous )?protest\b|\brally (?:the|support|behind|around|to the defen[cs]e)\b"
            r"|\bat a rally in\b"
            r"|\b(?:after|following|facing|faced|amid) (?:\w+ )?protests\b"
            # a call for protests, or to protesters, is no protest yet ("called for peaceful protests", "calls on
            # protesters to cooperate"); nor is a people's record ("have been protesting since 2016")
            r"|\b(?:call(?:s|ed|ing)?|urg(?:es|ed|ing)|appeal(?:s|ed|ing)?) (?:on |upon |for |to )?(?:the |all )?"
            r"(?:peaceful )?(?:protests?|protesters|demonstrators|demonstrations)\b"
            r"|\b(?:have|has|had) been protesting since\b"
            # a protest still to come: "demonstrators were expected to start gathering outside parliament"
            r"|\b(?:protesters|demonstrators|students|supporters|activists|crowds?|marchers)\b (?:were|are|was|is) "
            r"(?:expected|set|due|scheduled|planning|preparing) to (?:start |begin )?(?:gather|protest|march|rally|"
            r"demonstrate|assemble|converge)"
            # a strike or a boycott called as a protest is the party's act, not unrest in the street
            r"|\bas a protest (?:at|over|against|of)\b"
            r"|(?<!with )(?<!with the )(?<!confronted )(?<!confronted the )\briot police\b"
            r"|\b(?:election|campaign|political) rall(?:y|ies)\b"
            r"|\b(?:[A-Z]\w+|countries|governments?|japan|korea|china|russia|[a-z]+ (?:and|,) [a-z]+) protests? over\b"
            # stones and petrol bombs thrown by armed men or settlers: an attack, not a riot
            r"|\b(?:gunmen|settlers|militants|bandits|gangs?|fighters)\b[^;]{0,160}?\b(?:threw|hurled|throwing|"
            r"hurling) (?:stones|rocks|molotov)"
            # a riot inside a prison is gangs fighting each other (the ground-clash pattern)
            rf"|{_PRISON_RIOT}"
            # the whole sentence (to its first semicolon) of
            r"|^[^;]*?(?:"
            # unrest told as a place's past, as a forecast or as a wave an uprising set off: "has a history of unrest",
            # "at the first sign of unrest", "further unrest anticipated", "unleashed unrest across the Arab world"
            r"\b(?:history of (?:unrest|protests|violence)|(?:first |any )?signs? of unrest|"
            r"unrest (?:is |are )?(?:expected|anticipated|likely)|unleashed (?:unrest|protests))\b|"
            # a rally bombed or shot at by unknown men: an attack on it (the ground-clash pattern), not its unrest
            r"\b(?:grenade|bomb|gun|explosive|m79) attacks? (?:\w+ )?on (?:an? |the )?(?:[\w-]+ ){0,2}?"
            r"(?:rall(?:y|ies)|march(?:es)?|protest|protesters|demonstrators|sit-in)\b|\b(?:assailants|gunmen|attackers|"
            r"unidentified men) (?:\w+ )?attacked (?:[\w-]+ ){0,2}?(?:protesters|demonstrators|marchers)\b)[^;]*"
        ),
        suppresses=frozenset({EventType.GROUND_CLASH}),
        per_place=True,
        excludes=_HABITUAL,
    ),
    # people who protested or rioted, a general strike, a mob ("a mob ransacked two police outposts"): unrest
    # that leaves a clash told in the same words standing ("a mob went on a rampage through the market")
    ExtractionPattern(
        id="civil-unrest-crowd",
        gate=(
            "protested",
            "rioted",
            "general strike",
            "national strike",
            "comprehensive strike",
            "total strike",
            "mob",
            "stone",
            "barricad",
            "blocked",
            "blocking",
            "blockaded",
            "roadblock",
            "road block",
            "obstruct",
            "blockades",
            "shut down",
            "shutdown",
            "shut-down",
            "bandh",
            "economic blockade",
        ),
        type=EventType.CIVIL_UNREST,
        triggers=triggers(
            r"\b(?:protested|rioted)\b|\b(?:general|national|comprehensive|total) strikes?\b|\b(?<!armed )mobs?\b",
            # stones thrown at houses and cars; barricades put up and roads blocked by crowds; a shutdown (bandh) or
            # an economic blockade called by a group
            r"\bstone[- ]pelting\b|\bstoned (?:the |a |an |their |his |her )?(?:[\w-]+ ){0,2}?(?:houses?|homes?|cars?|"
            r"vehicles?|bus(?:es)?|convoys?|police)\b|\b(?:was|were) stoned\b(?! to death)",
            r"\b(?:erected|set up|put up|mounted) (?:\w+ )?barricades\b|\bburning barricades\b|\bbarricaded (?:the )?"
            r"(?:[\w-]+ ){0,3}?(?:roads?|highways?|streets?|bridges?)\b|\b(?:protesters|demonstrators|youths|residents|"
            r"villagers|farmers|truckers|students|marchers|mourners|crowds?|citizens|supporters|agitators|strikers)\b"
            r"[^;]{0,40}?\b(?:(?:block(?:ed|ing|aded)|shut down|obstructed|obstructing) "
            r"(?:the |a |several |major |main )?(?:[\w-]+ ){0,2}?(?:roads?|highways?|freeways?|motorways?|streets|"
            r"bridges?|roundabouts?|intersections?|junctions?)|(?:set up|erected|mounted|put up) (?:\w+ ){0,3}?"
            r"(?:roadblocks|road blocks))\b",
            # roadblocks that stopped traffic: "roadblocks brought traffic to a standstill"
            r"\b(?:roadblocks|road blocks|blockades)\b (?:\w+ )?(?:brought|paralys\w+|paralyz\w+|snarled|crippled) "
            r"(?:\w+ )?(?:traffic|the city|the capital)\b",
            r"\b(?:imposed|called|called for|observed|enforced|declared|announced) (?:a |an )?(?:[\w-]+ ){0,3}?"
            r"(?<!internet )(?<!government )(?<!communications )(?:shut-?downs?|bandhs?)\b|(?<!internet )"
            r"(?<!government )\b(?:shut-?downs?|bandhs?) (?:was |were |has been )?(?:called|observed|enforced|"
            r"imposed)\b|\b(?:imposed|called|enforced|announced|declared|launched)\b[^;]{0,30}?\beconomic blockade\b|"
            r"\bbandhs?\b",
        ),
        unless=re.compile(
            r"\bin protest (?:at|over|against|of)\b|\bmob justice\b|\b(?:strongly|vigorously|formally|officially) "
            rf"protested\b|{_DIPLOMATIC_PROTEST}"
            # stones thrown by settlers or armed men: an attack
            r"|\b(?:settlers?|gunmen|militants|soldiers|troops)\b[^;]{0,80}?\bston(?:ed|ing)\b"
            # barricades of armed men, or of a fight: "the warring sides barricaded roads"
            r"|\b(?:houthis|criminals|gangs?|warring sides|fighters|militants|rebels|troops|soldiers|police|army|"
            r"gunmen|militia\w*|gunfire|fighting|combating|skirmishes)\b[^;]{0,80}?\bbarricad"
        ),
        per_place=True,
    ),
    ExtractionPattern(
        id="cabinet-meeting",
        gate=(
            "cabinet",
            "council of ministers",
            "security council",
            "security committee",
            "defence council",
            "defense council",
            "security meeting",
            "crisis meeting",
            "security chiefs",
            "security leaders",
            "military leaders",
            "cobra",
            "apex committee",
        ),
        type=EventType.CABINET_MEETING,
        triggers=triggers(
            r"\b(?:security|war|political-security|emergency) cabinet\b[^;]{0,40}?\b(?:met|meets|meeting|convened?|"
            r"voted|approved|endorsed|decided|discuss\w*)\b",
            r"\b(?:meeting|session) of (?:his|her|the|its|[\w’']+(?:’s|'s)) (?:[\w’']+(?:’s|'s) )?(?:security |war )?"
            r"(?:cabinet|council of ministers)\b|\bcouncil of ministers\b[^;]{0,20}?\b(?:met|convened|approved|"
            r"declared|decided|adopted|ordered|imposed)\b",
            r"\b(?:convened?|scheduled|called) (?:a|an|the|his|her|its|their) [^;]{0,30}?\bcabinet\b",
            r"\bcabinet\b[^;]{0,20}?\b(?:approved|voted|met|convened|endorsed|decided)\b",
            # a decree dated by the council that issued it: "by Decree No. 27 of the Cabinet Council of June 20"
            r"\b(?:decree|resolution)\b[^;]{0,30}?\bof the cabinet council of\b",
            # "cabinet ministers are meeting to vote on whether to intensify operations", a headline's "to vote"
            r"\bcabinet (?:ministers|members) (?:are |were )?(?:meeting|to meet|to vote|voting)\b",
            r"\bcabinet\b[^;]{0,20}?\b(?:authori[sz]ed|gave the green light|greenlit|backed)\b",
            r"\bcabinet\b[^;]{0,60}?\b(?:its|a|the) (?:weekly|regular|extraordinary|emergency|special) (?:meeting|"
            r"session)\b",
            # a state's security council met, or one named alone: "the Security and Defence Council held a meeting"
            rf"\b(?:{_STATE_SECURITY_COUNCIL}|security and defen[cs]e council)\b[^;]{{0,40}}?\b(?:met|meets?|meeting|"
            r"convened?|held|session)\b",
            # a decision the council took, one the cabinet is to seal: "Pakistan's National Security Committee (NSC)
            # on Thursday decided", "the decision will be finalized by the Cabinet on Tuesday"
            r"\bnational security (?:committee|council)\b[^;]{0,40}?\b(?:decided|approved|endorsed)\b|"
            r"\b(?:finali[sz]ed|approved|endorsed|ratified) by (?:the |his |her )?cabinet\b",
            rf"\b(?:meeting|session) of (?:the |its |his |her |our |their )?{_STATE_SECURITY_COUNCIL}|"
            # "Putin met with the national security council", Pakistan's apex committees of the National Action Plan
            rf"\b(?:met|meets|meeting) with (?:the |his |her |its )?{_STATE_SECURITY_COUNCIL}|"
            r"\b(?:meeting|session) of the (?:[\w-]+ )?apex committee\b|\bapex committee\b[^;]{0,40}?\b(?:met|meets|"
            r"meeting|convened?|held)\b",
            # a local security council, as Colombian and Mexican authorities convene them
            r"\b(?:convened|convenes|held|holds|called|chaired|requested) (?:an? |the )?(?:immediate |extraordinary |"
            r"emergency |special )?(?:state )?security council\b|\bthere will be a security council\b"
            r"|\ban? extraordinary security council (?:meeting|session)\b",
            _CHAIRED_SECURITY_COUNCIL,
            r"\b(?:convened|chaired|held|holds|convenes|chairs) (?:an? |the )?(?:[\w-]+ ){0,2}?security meetings?\b",
            r"\b(?:held|holds|hold|chair\w*|convene\w*) (?:an? |the )?(?:emergency |extraordinary |special |urgent )?"
            r"(?:crisis meeting|defen[cs]e council)\b",
            # a head of state's council or chiefs met: "after a meeting of the national defence council", "after an
            # emergency meeting with his security chiefs" (not a region's defence council)
            r"\b(?:meeting|session) of (?:the |his |her |its )?(?:(?:national|supreme|higher) (?:security and )?"
            r"defen[cs]e council\b|defen[cs]e council\b(?! of))|\b(?:emergency|urgent|extraordinary|special) "
            r"meeting with (?:(?:his|her|the) (?:top )?security chiefs|(?:his |her |the |top )?(?:military and "
            r"security|security and military) (?:leaders|chiefs|officials|commanders))\b",
            r"\bcabinet (?:will|would|is to|is due to|to|is set to|is scheduled to|is expected to) "
            r"(?:meet|convene|vote)\b",
            # India's security cabinet: "the Cabinet Committee on Security (CCS), chaired by the Prime Minister, met"
            r"\bcabinet committee on security\b[^;]{0,80}?\b(?:met|meets|meeting|convened?|held|decided|approved)\b"
            # Britain's emergency committee: "will chair an emergency Cobra meeting"
            r"|\b(?:emergency )?cobra (?:meeting|committee|session)s?\b"
            r"|\b(?:meeting|session) of the cabinet committee on security\b",
            # a region's own council: "called an emergency meeting of the local Security Council" (not the UN's)
            r"\b(?:emergency|extraordinary|urgent|special) (?:meeting|session) of (?:the |its |his |her )?"
            r"(?:local|regional|republic(?:an|'s|’s)?|provincial|state|district) security council\b",
            # "during a special cabinet meeting on Friday", "ministers walked out of a cabinet session"
            r"\bcabinet (?:meetings?|sessions?)\b",
        ),
        confidence=1.0,
    ),
    ExtractionPattern(
        id="ceasefire-in-effect",
        gate=(
            "ceasefire",
            "cease-fire",
            "truce",
            "halt",
            "armistice",
            "suspend",
            "stop",
            "cease",
            "cessation",
            "pause",
            "observ",
            "resumed",
            "back",
            "in force",
            "into force",
            "take effect",
            "took effect",
            "takes effect",
            "in effect",
            "in place",
            "enforce",
            "uphold",
            "upheld",
            "maintain",
            "respect",
            "abid",
            "adherence",
            "prevail",
            "fragile",
            "silent",
            "ceased",
            "stopped",
            "subsided",
            "died down",
            "halted",
            "no violations",
            "hostilities ended",
            "hostilities have ended",
            "hostilities had ended",
        ),
        type=EventType.CEASEFIRE_IN_EFFECT,
        triggers=triggers(
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:took|takes|take|taken|taking) (?:effect|force)\b",
            # "with the cease-fire holding from the early hours"; a peace agreement in force
            rf"\bwith (?:the |a )?(?:[\w-]+ )?{_CEASEFIRE} (?:largely |still |mostly |now )?holding\b|"
            r"\bpeace (?:agreement|accord|deal)s?\b[^;]{0,40}?\b(?:took|takes|take|came|comes|entered|enters) "
            r"(?:in)?(?:to )?(?:effect|force)\b",
            rf"\b{_CEASEFIRE} (?:has been |had been |was |is )?(?:\w+ )?established\b",
            # "a ceasefire, effective since Nov. 27"
            rf"\b{_CEASEFIRE}\b,? (?:that |which )?(?:has been |had been )?(?:effective|in effect|in force|"
            r"took effect) since\b",
            # "a US-brokered truce ended the fighting"
            rf"\b{_CEASEFIRE} (?:has |had )?(?:ended|halted|stopped) (?:the )?(?:fighting|clashes|hostilities)\b",
            # "guns have gone silent in Pagalungan"
            r"\bguns (?:have |had )?(?:gone|fallen|fell|went) silent\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:came|come|comes|went|gone|entered|enters) (?:in)?to "
            r"(?:effect|force)\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,100}}?\b(?:began|begins|started|starts) at\b|"
            # "a three-month bilateral ceasefire also began"
            # "a four-day cease-fire in the Israel-Hamas war began Friday"
            rf"\b{_CEASEFIRE}(?: (?:in|between|along)(?: (?!that\b|which\b|when\b)[\w’'-]+){{1,5}}?)? (?:also |then |"
            r"finally |officially |formally )?(?:began|has begun|had begun)\b|"
            # one that runs out at a stated time still runs: "is set to expire Jan. 9", "expires at midnight on Tuesday"
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\b(?:(?:is|was) (?:due|set|scheduled) to (?:expire|end|lapse)|"
            r"expires (?:at|on|tonight|later))\b",
            rf"\bsince (?:the|a) (?:[\w-]+ ){{0,3}}{_CEASEFIRE} (?:began|started|took effect|came into (?:effect|"
            rf"force))\b|\bsince the (?:beginning|start) of the (?:[\w-]+ )?{_CEASEFIRE}|\bresulted in (?:the |a )?"
            rf"{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b,? (?:(?:which|that) )?(?:had |has )?(?:\w+ly )?(?:held|was holding|is holding|has held|"
            rf"had held|remained in place|remains in "
            r"place|took hold|takes hold|has taken hold|appeared to hold|appears to be holding)\b",
            r"\b(?:halt|suspend|stop|cease) (?:all )?(?:military action|hostilities|fighting|attacks|strikes)\b"
            r"[^;]{0,20}?\bfrom\b",
            # fighting told as stopped by order: "the military actions … on the contact line were halted",
            # "announced the cessation of combat operations from 11:00"
            r"\b(?:military (?:actions|operations)|combat operations|offensive operations|hostilities)\b[^;]{0,80}?"
            r"\b(?:were|was|have been|had been) (?:\w+ )?(?:halted|stopped|ceased|suspended)\b|"
            r"\b(?:announced|declared|ordered) (?:a |the )?cessation of "
            r"(?:all )?(?:military |combat )?(?:operations|actions|hostilities|fighting)\b[^;]{0,60}?"
            r"\b(?:from|as of)\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:appeared to be holding|appears to be holding|appeared to hold|"
            rf"is holding|"
            # not hostages "still held by" a group
            r"was holding|(?:(?:has|had) )?(?:largely|broadly|mostly|generally|still) held"
            # "has reportedly held in large parts", "has now held for two and a half months", "continues to hold"
            r"(?! by\b| in\b| captive| hostage)|(?:has|had) (?:\w+ly |now |so far )?held|continu(?:es|ed) to hold|"
            # "a cease-fire brokered by Russia and Turkey held Friday despite minor violations"
            r"held (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|today|yesterday|despite|through|"
            r"into|for)|"
            r"remained in place|took hold)\b",
            # "the ceasefire was largely holding", "the humanitarian truce is still respected"
            rf"\b{_CEASEFIRE}\b[^;]{{0,40}}?\b(?:(?:is|was|are|were|has been|had been) (?:still |largely |broadly |"
            r"mostly |generally |being |now )?|(?:has|have|had) (?:largely |broadly |mostly |generally )been )"
            r"(?:holding|respected|observed|upheld|active)\b",
            # "it's a fragile ceasefire", "on the third day of the Lebanon ceasefire", "to oversee the ceasefire",
            # "the Mission recorded no ceasefire violations"
            rf"\b(?:is|it's|it’s|remains) an? (?:fragile|shaky|tenuous|uneasy) (?:[\w-]+ )?{_CEASEFIRE}|"
            rf"\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)) (?:day|week) of (?:the|a) "
            rf"(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}|\b(?:dispatched|deployed|sent)\b[^;]{{0,60}}?\bto (?:oversee|monitor|"
            rf"supervise) (?:the|a) (?:[\w-]+ )?{_CEASEFIRE}\b|"
            rf"\b(?:overseeing|monitoring|oversees|monitors|supervising) (?:the|a) (?:[\w-]+ )?{_CEASEFIRE}\b|"
            r"\b(?:recorded|reported|observed|noted|registered) no (?:ceasefire |cease-fire |truce )?violations\b|"
            r"\bno (?:ceasefire |cease-fire |truce )?violations (?:were|have been|had been) (?:\w+ )?(?:recorded|"
            r"reported|observed|registered|noted)\b",
            rf"\bobserv\w+ (?:a|an|the|its) (?:[\w-]+ ){{0,3}}{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b[^;]{{0,40}}?\b(?:had |has |was |is )?(?:resumed|back on|back in (?:effect|force|"
            rf"place)|"
            r"still in (?:force|effect|place)|in force|in effect|in place)\b",
            # "Ceasefire in Libya, proposed by Turkey and Russia, came to effect on January 12 and is still in place"
            rf"\b{_CEASEFIRE}\b[^;]{{0,100}}?\b(?:is|was|remains|remained) still in (?:force|effect|place)\b",
            rf"\b(?:enforcement of|adherence to|uph[eo]ld\w*|maintain\w*|respect\w*|abid\w+ by) (?:the |"
            rf"a )?(?:[\w-]+ ){{0,3}}{_CEASEFIRE}",
            rf"\b(?:clashes|fighting|hostilities|shelling) (?:stopped|ended|halted|ceased|subsided) (?:when|after|"
            rf"as) (?:[\w-]+ ){{0,3}}(?:agreed (?:to|on) )?(?:a |the )?{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b[^;]{{0,150}}?\bwith (?:immediate )?effect\b",
            rf"\bcompl(?:y|ying|ied|ies|iance) with (?:a|the) (?:[\w-]+ ){{0,3}}{_CEASEFIRE}",
            # a truce said to stand while something else happens, and one that starts at a given hour
            rf"\b(?:despite|amid|during|under) (?:the|a|an) (?:ongoing|fragile|current|existing|shaky|tenuous|"
            rf"uneasy|nascent|fragile \d+-\w+|\d+-\w+) {_CEASEFIRE}|"
            # whatever its epithet, or none, one that things happen amid: "amid truce between Israel and Hamas"
            rf"\bamid (?:an? |the )?(?:[\w-]+ )?{_CEASEFIRE}(?!['’]s\b| (?:talks|negotiations|proposals?|plan|deal|"
            r"agreement|efforts|calls|bid|violations?|breaches|collapse)\b)",
            # "welcomes the current ceasefire"
            rf"\bthe (?:current|ongoing|existing|prevailing) {_CEASEFIRE}(?! (?:talks|negotiations|proposals?|plan)\b)",
            rf"\b{_CEASEFIRE}\b,? (?:beginning|starting|effective|taking effect) (?:at|from)\b",
            # "the truce begins", "began a 72-hour ceasefire", "effective 2 a.m. local time"
            rf"\b{_CEASEFIRE} (?:(?:has|had|officially|formally) )?(?:began|begins|started|starts|kicked in|"
            r"kicks in)\b",
            rf"\b(?:began|begins|started|starts|entered) (?:a|the) (?:(?!for\b|on\b|of\b|to\b)[\w-]+ ){{0,3}}"
            rf"{_CEASEFIRE}(?! violations?)",
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\beffective (?:from |at )?(?:\d|midnight|noon|dawn|immediately)",
            rf"\b{_CEASEFIRE},? (?:still )?(?:prevails|prevailed|(?:is|was|remains|remained) (?:\w+ )?fragile)\b|"
            # "a ceasefire reached on May 14 remains fragile", "fighting … calmed on Wednesday following a ceasefire"
            rf"\b{_CEASEFIRE}\b[^;,]{{0,40}}?\b(?:remains|remained) (?:\w+ )?fragile\b|"
            rf"\b(?:fighting|clashes)\b[^;]{{0,40}}?\bcalmed (?:down )?[^;]{{0,40}}?\b(?:after|following) "
            rf"(?:an? |the )?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            rf"\b{_CEASEFIRE} (?:was |has been )?implemented\b|"
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\b(?:has )?entered its (?:\w+ )?(?:day|week|month)\b|"
            # its age told: "as the ceasefire with Pakistan marks its 100th day", "Ceasefire Enters Third Year"
            rf"\b{_CEASEFIRE}\b[^;]{{0,100}}?\b(?:has |had )?(?:completed|completes|marks|marked|enters|entered|"
            r"(?:stepped|steps) into) (?:its |the )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|one|two|"
            r"three|four|five|six|\d+) (?:full )?(?:days?|weeks?|months?|years?|anniversary)\b",
            rf"\b{_CEASEFIRE} (?:continues to be|remains|remained|has been|had been) (?:\w+ )?respected\b",
            # fighting told as having stopped; calm that a truce brought: "as hostilities have ceased", "stopped
            # firing at midnight", "the truce has led to a significant reduction of violence"
            # (a list of them too: "on-the-ground fighting, airstrikes and bombardment have subsided")
            r"\b(?<!since the )(?<!after the )(?<!until the )(?:hostilities|fighting|clashes|shooting|shelling)"
            r"(?:,? (?:and )?(?:air ?strikes|airstrikes|bombardments?|shelling|clashes|attacks)){0,3} "
            r"(?:have |has |had )?"
            r"(?:ceased|stopped|subsided|died down|came to "
            r"(?:a )?(?:complete |full |total )?halt)\b"
            # (not a clash's end told by the clock: "the fighting stopped at around 12:30")
            r"(?! (?:at |around |by |about )+(?:\d|noon|midnight|dawn))|\b(?:stopped|ceased|halted) firing\b|"
            # "hostilities ended overnight on Thursday"
            r"\bhostilities (?:have |has |had )?ended\b(?! (?:at |around |by |about )+(?:\d|noon|midnight|dawn))",
            rf"\b{_CEASEFIRE}\b[^;]{{0,40}}?\b(?:led to|brought|resulted in) (?:an? )?(?:[\w-]+ )?(?:reduction|"
            rf"decline|drop|fall|lull) (?:of|in) (?:the )?(?:violence|fighting|hostilities|attacks)\b",
        ),
        unless=re.compile(
            rf"\b(?:talks|negotiations|discussions) (?:on|over|for|about) (?:a|the) (?:[\w-]+ ){{0,2}}{_CEASEFIRE} "
            r"(?:began|begins|started|starts)\b|\b(?:fighting|clashes|attacks|shelling|hostilities|strikes|bombing|"
            r"bombardment|war) (?:had |has |have )?resumed\b|"
            r"\b(?:scheduled|due|set|expected|supposed|meant) to (?:have )?(?:take|taken) effect\b|"
            r"\b(?:has|have|had) yet to (?:take effect|take hold|come into (?:force|effect))\b|"
            # a truce to come, or one told as broken soon after it began: "violated hours after taking effect"
            r"\b(?:will|shall) (?:come|enter|go) into (?:force|effect)\b|\b(?:hours|days|minutes|shortly|soon) after "
            r"(?:taking|it took|coming into|it came into) (?:effect|force)\b|"
            r"\b(?:never|not|fail(?:ed|s)? to) (?:came|come|took|take|"
            r"went|go) "
            r"(?:into (?:force|effect)|effect|hold)\b|"
            # "urges the SAF and RSF to immediately and fully uphold the ceasefire": a call, not a truce told holding
            r"\b(?:would|will|to|pledged to|vowed to|promised to|committed to|commit to) (?:\w+ ){0,3}?"
            r"(?:abide|respect|uphold|"
            r"maintain|observe|honou?r)\b|"
            rf"\b(?:before|after|since) (?:the|a) (?:[\w-]+ ){{0,3}}{_CEASEFIRE} (?:formally )?(?:began|took effect|"
            r"came into effect|started)\b"
            # a truce broken is no truce told in effect: "accused Israel of breaching the current truce"
            rf"|\b(?:breach\w*|violat\w*|broke|breaking|undermin\w*) the (?:current|ongoing|existing|prevailing) "
            rf"{_CEASEFIRE}"
            r"|\b(?:fail\w*|refus\w*) to (?:comply|abide|respect|honou?r|observe|implement)\b"
        ),
        # a curfew that remains in effect is no truce (the sentence model reads it as one)
        excludes=re.compile(rf"^(?!.*\b{_CEASEFIRE}\b).*\bcurfews?\b"),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
        duration=True,
        confidence=0.95,
    ),
    ExtractionPattern(
        id="ceasefire-violation",
        gate=(
            "ceasefire",
            "cease-fire",
            "truce",
            "halt",
            "armistice",
            "violat",
            "breach",
            "breaking",
            "cessation",
            "pause",
            "though",
            "despite",
            "since",
            "agreement",
            "deal",
            "accord",
            "violations",
        ),
        type=EventType.CEASEFIRE_VIOLATION,
        triggers=triggers(
            # a truce ordered, but the fighting went on: "ordered a ceasefire on Friday but some fighting continued"
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\bbut (?:some |sporadic |the |heavy )?(?:fighting|clashes|shelling|"
            r"attacks|firing) (?:continued|went on|persisted)\b",
            # a party said to fail to honour a truce: "accusing the Houthis of failing to comply with a ceasefire"
            rf"\b(?:fail\w*|refus\w*) to (?:comply with|abide by|respect|honou?r|observe) (?:the |a |an |its )?"
            rf"(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            # fighting that broke out again after a truce was agreed, or despite an agreement: "had agreed to a
            # ceasefire but fighting erupted again", "two days after a ceasefire agreement, clashes erupted",
            # "despite the agreement, clashes broke out"
            rf"\b{_CEASEFIRE}\b(?![^;]{{0,100}}?\b(?:expir\w*|ended|lapsed|collapsed|ran out)\b)[^;]{{0,100}}?"
            r"\b(?:but|however|yet),? (?:[\w-]+ ){0,8}?(?:fighting|clashes|shelling|"
            r"attacks|hostilities|gunfire)\b[^;]{0,40}?\b(?:erupted|broke out|resumed|flared)\b",
            rf"\b(?:days?|hours?|weeks?|shortly|soon|only|just) after (?:a|the) (?:[\w-]+ ){{0,3}}?{_CEASEFIRE} "
            r"(?:agreement|deal|was (?:agreed|declared|announced|brokered|signed))\b[^;]{0,80}?\b(?:fighting|"
            r"clashes|shelling|attacks|hostilities)\b[^;]{0,30}?\b(?:erupted|broke out|resumed|flared)\b",
            r"\bdespite (?:the|this|that) (?:[\w-]+ )?(?:agreement|accord|deal|commitments?)\b,? (?:[\w-]+,? ){0,8}?"
            r"(?:fighting|clashes|shelling|attacks|hostilities)\b[^;]{0,40}?\b(?:erupted|broke out|resumed|"
            r"continued|persisted|went on)\b",
            rf"\bviolat(?:ed|ing|ions?|es?)\b[^;]{{0,30}}?\b{_CEASEFIRE}\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:violations?|violated|broken|breach(?:ed|es)?|punctured|shattered)\b",
            # "a cease-fire agreed on September 5 in Minsk has been repeatedly violated"
            rf"\b{_CEASEFIRE}\b[^;]{{0,70}}?\b(?:has|have|had) been (?:\w+ly )?(?:violated|broken|breached)\b",
            rf"\b(?:breached|breaches|breaching|broke|breaks|broken|breaking|violated|violates|violating) (?:the|a|an|"
            rf"its) (?:[\w-]+ ){{0,3}}"
            rf"{_CEASEFIRE}",
            # a named truce agreement or declaration breached: "breached the Haigeng Agreement", "a violation of the
            # Rome Declaration"
            r"\b(?:breached|breaches|breaching|violated|violates|violating) (?:the|its) (?:[\w-]+ ){1,3}?(?:agreement|"
            r"accord|declaration)\b|\bviolation of the (?:[\w-]+ ){1,3}?(?:declaration|agreement|accord)\b",
            # "violating the provisions of the tripartite statement", "violating the moratorium" on energy strikes
            r"\bviolat(?:ed|es|ing|ions? of) (?:the )?(?:provisions|terms) of (?:the |a |an |its )?(?:[\w-]+ ){0,4}?"
            r"(?:agreement|accord|declaration|statement|deal|understanding)\b|"
            r"\bviolat(?:ed|es|ing|ions? of) (?:the |a |an |its )(?:[\w-]+ ){0,2}?moratorium\b",
            # "a truce was called at 11 p.m. but was broken within minutes", "agreed on September 4 but violated on
            # September 17"
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\bbut (?:(?:was|had been|has been) (?:\w+ )?)?"
            r"(?:broken|violated|breached)\b|"
            # "two other ceasefires agreed earlier this month were broken almost immediately"
            rf"\b{_CEASEFIRE}s?\b[^;]{{0,60}}? (?:were|was|had been|have been) (?:quickly |swiftly |soon |"
            r"(?:almost )?immediately )?(?:broken|violated|breached|shattered)\b",
            r"\baccus\w* (?:\w+ ){0,2}?of (?:violating|breaking|breaching|(?:\w+ )?(?:violations|breaches))\b|"
            # "both parties blamed each other for not abiding by the agreement"
            r"\bblam\w+ (?:each other|one another) for (?:not (?:abiding by|respecting|honou?ring|implementing)|"
            r"violating|breaking|breaching)\b",
            # "deploying tanks along the line in violation of the Minsk Agreements"
            rf"\bin (?:direct |flagrant |blatant |clear )?violation of (?:the |a |an |its )?(?:[\w-]+ ){{0,4}}?"
            rf"(?:agreements?|accords?|deal|arrangements?|understanding|{_CEASEFIRE})\b",
            # a truce shaken: "the ceasefire has been rattled by near daily strikes", "further shaking a tenuous truce"
            rf"\b{_CEASEFIRE}\b[^;]{{0,40}}?\b(?:rattled|shaken|shattered) by\b|\b(?:shaking|rattling|shattering|"
            rf"shattered hopes for \w+ under) (?:an? |the )?(?:[\w.-]+ ){{0,3}}?{_CEASEFIRE}",
            r"\b(?:noted|reported|recorded|alleged|claimed|cited|citing|registered|documented|monitored) "
            r"(?:[\w,]+ ){0,3}?violations\b|\bviolations? (?:were|was|have been|had been) (?:\w+ )?(?:recorded|"
            r"registered|reported|"
            r"documented)\b",
            r"\b(?:traded|trade|trading|exchanged) accusations (?:of (?:violating|breaking|breaching|violations?|"
            r"breach(?:es)?)|over (?:the )?(?:breaches|violations))\b",
            rf"\bbroke (?:the|a) {_CEASEFIRE}\b",
            # crimes committed despite a peace accord between communities
            r"\b(?:attacks|crimes|killings|raids|abductions)\b[^;]{0,60}?\bdespite (?:the|a) (?:[\w-]+ ){0,2}?peace "
            r"(?:accord|agreement|deal)\b",
            # "despite the ceasefire", a headline's "despite ceasefire deal"; "undermining the fragile truce"; "came
            # despite a promise by the Houthis and their allies to abide by the ceasefire"; "held despite minor
            # violations"
            rf"\b(?:despite|undermin\w+) (?:a |the )?(?:[\w’'-]+ ){{0,3}}{_CEASEFIRE}"
            r"(?! talks| negotiations| efforts| calls)|"
            # "although the ceasefire was announced, the MNDAA continued to fire rockets"
            rf"{_ALTHOUGH_A_TRUCE}(?:announced|agreed|declared|signed|in place|in effect|in force)\b|"
            # "despite promises of a three-day ceasefire", "have not abided by several previous temporary truce deals"
            rf"\bdespite (?:the |a )?(?:promises?|pledges?|commitments?|announcements?|declarations?) (?:of|for) "
            rf"(?:a |an |the )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}|"
            rf"\b(?:have|has|had) not (?:abided by|respected|honou?red|observed|adhered to) (?:[\w-]+ ){{0,4}}?"
            rf"{_CEASEFIRE}|"
            r"\bdespite (?:a |the |their |its )?(?:promises?|pledges?|commitments?|vows?) (?:[\w-]+ ){0,8}?to "
            rf"(?:abide by|respect|honou?r|observe|uphold) (?:the |a )?(?:[\w-]+ )?{_CEASEFIRE}|"
            r"\bdespite (?:some |minor |sporadic |occasional |several |a few |isolated |reported )?(?:violations|"
            r"breaches)\b",
            rf"\b(?:clashes|fighting|attacks|shelling|strikes)\b[^;]{{0,60}}?\b(?:while|when|although|even though) "
            rf"(?:the|a) (?:[\w-]+ )?{_CEASEFIRE} (?:was|is|were) (?:still )?in (?:place|effect|force)\b|"
            rf"\b(?:clashes|fighting|attacks|shelling|strikes)\b[^;]{{0,40}}?\bcontinued (?:throughout|during) "
            rf"(?:the|a) (?:[\w-]+ )?{_CEASEFIRE}",
            rf"\b(?:strikes|attacks|raids|shelling)\b[^;]{{0,40}}?\bsince (?:a|the) (?:[\w-]+ ){{0,4}}{_CEASEFIRE}",
            # "fighting has intensified since a cease-fire", a headline's "Fighting Has Worsened Since Truce"
            rf"\b(?:fighting|clashes|violence|hostilities)\b[^;]{{0,40}}?\b(?:intensified|worsened|escalated|flared up|"
            rf"increased)\b[^;]{{0,20}}?\b(?:since|after) (?:(?:a|the) )?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            # "shelling continued beyond the ceasefire's start time", "… after midnight, when the ceasefire was
            # supposed to have taken effect"
            rf"\b(?:shelling|fighting|attacks|clashes|strikes|firing)\b[^;]{{0,40}}?\bcontinued (?:beyond|past|after) "
            rf"(?:the )?{_CEASEFIRE}|\bwhen the (?:[\w-]+ )?{_CEASEFIRE} (?:was|had been) (?:supposed|due|meant) to "
            r"(?:have )?(?:taken|take) effect\b",
            rf"\bbreach(?:es)?[\"”]? (?:of|to) (?:the )?(?:[\w.-]+ ){{0,4}}{_CEASEFIRE}|"
            r"\b(?:breach\w*|violat\w+) (?:the|this|that) (?:agreement|deal|accord)\b|\b\w+(?:'s|’s) violations\b",
        ),
        unless=re.compile(
            rf"\bif (?:the |a |an )?(?:[\w-]+ )?{_CEASEFIRE} (?:is|was|were|gets) (?:violated|broken|breached)\b|"
            r"\bany violations?\b|\bviolations? (?:are|is|were) expected to\b|\bviolations?\b[^;]{0,40}?\b(?:must|"
            r"should|to) be (?:\w+ )?investigated\b|"
            # "investigate this and other incidents of ceasefire violations": violations to look into, none told
            r"\binvestigat\w* (?:[\w-]+ ){0,6}?(?:incidents|cases|reports|allegations) of (?:[\w-]+ )?violations\b|"
            r"\b(?:investigat\w+|document\w*|"
            r"monitor\w*) (?:of |into )?(?:the )?(?:alleged )?"
            r"violations\b|\bhuman rights violations\b|\bviolat\w* (?:of )?(?:their |the |basic )?(?:human rights|"
            r"rights|international (?:humanitarian )?law)\b|\bviolations? of (?:its |their |the |[\w-]+ )?air ?space\b"
            # none seen: "the Mission recorded no ceasefire violations"; one only supposed: "if Hizbullah violates it"
            r"|\b(?:recorded|reported|observed|noted|registered) no (?:[\w-]+ )?violations\b"
            r"|\b(?:if|should|unless) (?:[\w-]+ ){0,3}?(?:violates?|breaks?|breach(?:es)?)\b"
            r"|\bshould (?:further |more |any )?(?:ceasefire |truce )?violations (?:occur|happen|continue)\b"
            # tension that lasts despite a truce is no breach of it
            r"|\btensions? (?:\w+ ){0,6}?(?:persist\w*|remain\w*|simmer\w*)\b[^;]*"
            # attacks despite talks of a truce breach none: "despite recent ceasefire discussions in Kunming"
            rf"|\bdespite (?:the |recent |ongoing |renewed )*(?:[\w-]+ )?{_CEASEFIRE} (?:talks|discussions|"
            r"negotiations|efforts|proposals?|calls|initiatives?)\b"
        ),
        # none reported, or only feared: "no ceasefire violations were reported", "concerns of potential violations";
        # a border still shut or life still hard despite a truce is no breach of it
        excludes=re.compile(
            r"\bno (?:[\w-]+ )?violations (?:were|was|have been|had been) (?:\w+ )?(?:recorded|reported|observed|"
            r"registered|noted)\b|\b(?:potential|possible) (?:[\w-]+ )?violations\b|"
            # breaches of something else: "recorded 19 airspace violations", "curfew violations"
            r"\b(?:airspace|air space|human rights|curfew) violations?\b|\bviolat\w* (?:[\w-]+ )?air ?space\b|"
            rf"\bdespite (?:a |the )?(?:[\w-]+ ){{0,3}}{_CEASEFIRE}\b[^;]{{0,100}}?\b(?:remains?|remained|stays?|"
            r"stayed|are|is|were|was) (?:\w+ )?(?:closed|shut|precarious|fragile|dire|difficult|tense|uncertain|"
            r"limited|high|"
            r"slim|dim|bleak)\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS, EventType.CEASEFIRE_AGREED}),
        per_place=True,
    ),
    ExtractionPattern(
        id="ceasefire-violation-after-start",
        gate=("after",),
        type=EventType.CEASEFIRE_VIOLATION,
        triggers=triggers(
            # "hours after the truce began", "villages were shelled again after the agreement took effect"
            rf"\b(?:(?:minutes|hours?|shortly|soon|days?|again) )?after (?:the|a) (?:[\w-]+ ){{0,3}}"
            rf"(?:{_CEASEFIRE}|agreement|deal|accord)[^;]{{0,60}}?"
            r"\b(?:began|took effect|came into effect|went into effect|entered into force|started)\b",
        ),
        requires=re.compile(
            r"\b(?:shell\w*|attack\w*|clash\w*|fired|firing|strikes?|bomb\w*|assaults?|rockets?|sirens?)\b"
        ),
        # "after the truce took effect, no attacks were reported": the truce held
        excludes=re.compile(
            r"\b(?:no|nor|without) (?:[\w-]+ )?(?:attacks?|violations?|shelling|fighting|clashes|firing|incidents?|"
            r"rockets?)\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
    ),
    ExtractionPattern(
        id="ceasefire-ended",
        gate=(
            "suspend",
            "scrap",
            "ceasefire",
            "cease-fire",
            "truce",
            "armistice",
            "halt",
            "cessation",
            "pause",
            "resumed",
            "expire",
            "suspension of",
            "collapsed",
            "breakdown",
            "broken down",
            "fallen apart",
            "crumbled",
            "failed",
            "short-lived",
        ),
        type=EventType.CEASEFIRE_ENDED,
        triggers=triggers(
            # (past the phrase that tells who declared it: "a ceasefire declared by the rebels over the holidays ended")
            rf"\b{_CEASEFIRE}\b(?: (?:declared|announced|brokered|agreed|reached|between) [^;,]{{0,60}}?)?[^;]{{0,40}}?"
            r"\b(?:expired|expires|ended|ends|collapsed|collapses|broke down|breaks down|"
            rf"(?:has |have |had )?broken down|fell apart|(?:has |had )?fallen apart|"
            r"falls apart|crumbled|crumbles|unravelled|unraveled|unravels|was called off|"
            r"came to an end|(?:having |has |had )come to an end|lapsed|is over|was over|(?:have |has |had )?failed to "
            # "a previous ceasefire that Russia brokered on Tuesday quickly failed", "was short-lived"
            r"stick|(?:quickly |soon |swiftly )failed|(?:was|proved) short-lived)\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\bto collapse\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:is|was|are|were) no longer (?:holding|in effect|in force|in place|"
            r"respected)\b",
            r"\b(?:ended|ending|collapse of|failure of|expiry of|expiration of|end of|breakdown (?:of|in)|scrapped|"
            r"abandoned|called off|"
            r"shattered|shattering|wrecked|shredded)\s+"
            rf"(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}{_CEASEFIRE}",
            # "FARC rebels end holiday ceasefire" (not "an open-ended ceasefire")
            rf"\b(?<!-)(?:ends?|ended|scraps?|scrapped)\s+(?:(?!(?:the|a|an|its|their)\b)[\w-]+ )?{_CEASEFIRE}\b",
            # "the government suspended in three departments the bilateral ceasefire"
            rf"\b(?:suspend|suspended|suspends|suspending|suspension of)\s+(?:[\w-]+\s+){{0,4}}?(?:the|a|an|its)\s+"
            rf"(?:[\w-]+\s+){{0,4}}{_CEASEFIRE}",
            # a headline's "Thailand suspends Cambodia deal"
            r"\b(?:suspends|suspended|scraps|scrapped) (?:[\w-]+ ){0,2}?(?:peace |border |truce |ceasefire )?"
            r"(?:deal|accord|agreement|declaration)\b",
            rf"\b(?:conflict|fighting|war|hostilities|clashes) (?:\w+ )?resumed\b[^;]{{0,40}}?\bafter (?:a|"
            rf"the) (?:[\w-]+ ){{0,3}}"
            rf"{_CEASEFIRE}",
            rf"\b(?:let|lets|letting) (?:the |a |its )?(?:[\w-]+ ){{0,4}}?{_CEASEFIRE}\b[^;]{{0,80}}?\bexpire\b",
            # a peace accord that collapsed: "the peace accord had collapsed, citing renewed attacks"
            r"\bpeace (?:accord|deal|agreement|pact)s? (?:had |has |have )?(?:collapsed|broken down|fallen apart|"
            r"crumbled)\b|"
            # a truce lifted, revoked or terminated by the side that declared it, or not extended by decision
            rf"\b(?:lift|lifts|lifted|lifting|revok\w*|terminat\w*|rescind\w*|cancel\w*) (?:the |a |an |its )?"
            rf"(?:[\w-]+ ){{0,3}}?(?:{_CEASEFIRE}|suspension of (?:military )?operations)|"
            r"\b(?:(?:decided not to|will not|would not|not to) (?:extend|renew|prolong)|not (?:extending|renewing|"
            rf"prolonging))\b (?:the |a |an |its )?(?:[\w-]+ ){{0,3}}?(?:{_CEASEFIRE}|suspension of (?:military )?"
            r"operations)",
            # "the army declares ceasefire over" (not a truce declared over a holiday: "over the Christmas period")
            rf"\bdeclar\w* (?:the |a |its )?(?:[\w-]+ )?{_CEASEFIRE} (?:is |was )?over\b{_HOLIDAY_SPAN}",
            # "the TTP announced an end to the ceasefire", "the ceasefire will not be extended after it expires"
            rf"\b(?:announc\w*|declar\w*|put|puts|putting|brought|bringing) an end to (?:the|a|an|its|their) "
            rf"(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:(?:will|would) not|is not going to) be "
            r"(?:extended|renewed|prolonged)\b",
        ),
        unless=re.compile(
            rf"\b(?:once|until|unless|if|before)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}{_CEASEFIRE}\b"
            rf"|\b(?:call\w*|push\w*|efforts?|talks|plans?) (?:for|to) (?:an? )?end\b"
            rf"|\b{_CEASEFIRE} (?:(?:that|which|on \w+) )?ended (?:an?|the|years|months|decades|weeks|days)\b"
            # a day of the truce ended, not the truce: "the third full day of the ceasefire ended with clashes"
            rf"|\b(?:day|night|week) of (?:the|a|an|its) (?:[\w-]+ ){{0,2}}?{_CEASEFIRE} (?:ended|ends)\b"
            rf"|\b{_CEASEFIRE}\b[^;]{{0,20}}?\b(?:expires|ends) (?:on|next|at the end of|at|tonight|later)\b|"
            r"\b(?:will|due to|set to|is to) (?:expire|end)\b"
            # a limit, not an end: "150 prisoners by the end of the four-day truce", "our patience may run out before
            # the end of the 60-day ceasefire"
            rf"|\b(?:by|before) (?:the )?end of (?:the|a|an|its) (?:[\w-]+ ){{0,2}}{_CEASEFIRE}\b"
            rf"|\bwarn\w* (?:\w+ )?(?:against|of) (?:the )?(?:possible |potential )?collapse\b"
            # the talks ended, not the truce: "talks for a permanent truce ended without an agreement"
            rf"|\b(?:talks|negotiations|discussions|meeting|summit) (?:on|for|over|about) (?:an? |"
            rf"the )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}(?: deal| agreement| accord)? (?:ended|broke down|collapsed|"
            r"fell apart)\b"
            rf"|\b{_CEASEFIRE} (?:talks|negotiations|discussions)\b[^;]{{0,30}}?\b(?:ended|broke down|collapsed|"
            r"fell apart)\b"
            # an end denied: "reports suggesting the ceasefire had ended are false"
            r"|\b(?:ended|collapsed|over)\b[^;]{0,20}?\b(?:are|were|is|was) (?:false|untrue|baseless|unfounded|"
            r"fabricated)\b|\bden(?:y|ies|ied|ying) (?:that |reports that |claims that )?(?:the |a )?(?:[\w-]+ ){0,2}?"
            rf"{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:had |has )?(?:ended|collapsed)\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS, EventType.CEASEFIRE_IN_EFFECT, EventType.CEASEFIRE_AGREED}),
        confidence=0.9,
    ),
    ExtractionPattern(
        id="ceasefire-agreed",
        gate=(
            "resulting in",
            "resulted in",
            "leading to",
            "led to",
            "brought about",
            "agree",
            "initial",
            "accept",
            "signal",
            "approv",
            "endorse",
            "signed",
            "sign ",
            "signs ",
            "reached",
            "struck",
            "sealed",
            "clinch",
            "declare",
            "decreed",
            "announce",
            "extend",
            "extension",
            "prolong",
            "declaration",
            "announcement",
            "order",
            "accord",
            "commit",
            "broker",
            "negotiated",
            "called",
            "pause",
            "peace deal",
            "peace pact",
            "affirm",
            "included",
            "includes",
            "provides for",
            "its armed",
            "their armed",
            "decide",
            "would abide",
            "declaring",
            "announcing",
            "would honour",
            "would honor",
            "would observe",
            "halt",
            "suspen",
            "cease",
            "stop",
        ),
        type=EventType.CEASEFIRE_AGREED,
        triggers=triggers(
            # an agreement told in the passive, and forces ordered to observe a truce: "an agreement was reached for
            # a new cessation of hostilities", "the president ordered the forces to start observing a ceasefire"
            rf"\bagreement (?:was|has been|had been) reached (?:for|on) (?:an? |the )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}|"
            r"\bordered (?:the |its |his |their )?(?:[\w-]+ ){0,3}?(?:forces|troops|army|units|military) to "
            r"(?:start |begin )?(?:observ\w*|respect\w*|abid\w* by|honou?r\w*) (?:an? |the )?"
            rf"(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}",
            rf"\bagree(?:[ds]|ing)?\b[^;]{{0,40}}?\b{_CEASEFIRE}",
            # a zone where the sides are to stop fighting: "agreed to turn Idlib into a demilitarized zone", "agreed on
            # the borders of a de-escalation zone", "agreed to create a safety corridor" (not a safe corridor out)
            r"\bagree(?:[ds]|ing)? (?:on |to )?(?:[\w-]+ ){0,8}?(?:(?:de-escalation|demilitari[sz]ed|buffer|safe|"
            r"safety) zones?|(?:demilitari[sz]ed|buffer|safety|security) corridor)\b",
            # "Israel's government ratified the ceasefire with Hamas"
            rf"\bratif(?:ied|ies|y|ying) (?:the |a |an )?(?:[\w-]+ )?{_CEASEFIRE}",
            # "the draft of the Peace Agreement … has been agreed upon"
            r"\bpeace (?:agreement|deal|accord|treaty)\b[^;]{0,60}?\b(?:has|had) been agreed\b|\bpeace (?:agreement|"
            r"deal|accord|pact)s? (?:was|were|has been|had been) (?:\w+ )?(?:reached|struck|concluded)\b|"
            # a text agreed before it is signed: "Armenia initialed a peace agreement", "the treaty they had initialed"
            r"\binitial(?:l)?(?:ed|ing) (?:of )?(?:the |a |an )?(?:[\w-]+ ){0,4}?(?:agreement|deal|accord|treaty)\b|"
            r"\b(?:agreement|deal|accord|treaty)\b[^;]{0,40}?\binitial(?:l)?ed\b",
            rf"\bcommit(?:ted|s)? (?:themselves |itself )?to (?:an? |the )?(?:[\w-]+ )?{_CEASEFIRE}",
            r"\bcommit(?:ted|s)? (?:themselves |itself )?to (?:ceasing|cease|halting|stopping|ending) (?:the )?"
            r"(?:hostilities|fighting)\b",
            rf"\b{_CEASEFIRE} (?:agreed|negotiated) (?:at|on|in|last|earlier|by|between)\b",
            # "a ceasefire brokered the same day saw a gradual halt to the fighting"
            rf"\b{_CEASEFIRE} brokered (?:the same day|on|last|earlier|overnight|between)\b",
            rf"\b{_CEASEFIRE} (?:itself )?(?:was|had been|has been) (?:first |initially |originally )?(?:called|"
            rf"declared) "
            r"(?:at|on|from|for|late|early)\b",
            # "Gaza ceasefire, hostage deal reached", "the provisional truce reached by the parties"
            rf"\b{_CEASEFIRE}(?:, (?:and )?[\w-]+| and [\w-]+)? (?:deals? |agreements? |accords? )?reached\b(?! an? )|"
            rf"\b{_CEASEFIRE}\b (?:had |has |have )?(?:indeed |now |finally )?been reached\b|\b{_CEASEFIRE} (?:was|"
            rf"were) (?:quickly |swiftly |soon |finally |eventually )?"
            r"reached\b",
            # "the truce was brokered in Moscow", "Qatar brokered a truce"; not "the Egypt-brokered truce", a name
            rf"\b{_CEASEFIRE}\b (?:deal |agreement )?(?:was|has been|had been) brokered\b|(?<!-)\bbrokered (?:an? |"
            rf"the )?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            r"\bagreed to (?:stop|halt|end|cease) (?:the )?(?:fighting|hostilities|attacks)\b",
            # "the rebels said their forces would abide by the agreement"
            rf"\bwould (?:abide by|honou?r|observe) (?:the |a |its |their )?[“\"‘']?(?:[\w-]+ )?(?:agreement|deal|"
            rf"{_CEASEFIRE[3:-1]})\b",
            # "the summit decided on the cessation of attacks by the M23", "announced a unilateral halt to its military
            # operations"
            r"\b(?:decided|decides|decide|announced|announces|declared|declares) (?:on |upon )?(?:the |an? )?"
            r"(?:(?:immediate|unilateral|temporary) )*(?:cessation|halt|end) (?:of|to) (?:all |its |their )?"
            r"(?:hostilities|attacks|fighting|military operations)\b",
            rf"\b(?:declared|declares|declare|announced|announces|announce|unveiled)\b (?:on {_WEEKDAY} )?[“\"]?"
            rf"(?:an? |the )?[“\"‘]?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b (?:deal |agreement )?(?:was |has been |had been )?(?:declared|announced|decreed)\b",
            rf"\b(?:extend|extended|extending|extends|extension of|prolong\w*) (?:(?:by|for) (?:[\w-]+ ){{1,2}}?)?"
            rf"(?:the |a |an |its )?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\bextended\b",
            rf"\b(?:accept|accepted|approved|approve|endorsed|signed)\b[^;]{{0,60}}?\b(?:{_CEASEFIRE}|agreement|deal|"
            r"(?:ceasefire|truce) proposal|peace (?:pact|roadmap|road map|treaty|declaration)|border treaty)\b",
            # a headline's present: "Ukraine, separatists sign truce"; not a signing to come ("will sign") nor a sign
            # that the truce holds
            rf"\b(?<!to )(?<!will )(?<!would )(?<!not )(?<!no )(?<!a )(?<!any )(?<!the )(?<!clear )(?<!first )signs? "
            rf"(?:an? |the )?(?:[\w-]+ ){{0,2}}?(?:{_CEASEFIRE}|agreement|deal|peace (?:pact|deal|accord|treaty)|"
            r"border treaty)\b|"
            # "the peace pact signed in Washington", "reaffirmed a ceasefire agreement", "the parties declaring a truce"
            r"\bpeace (?:pact|deal|agreement|accord|treaty|roadmap) (?:\w+ )?signed (?:in|on|at|last)\b|"
            rf"\breaffirm\w* (?:an? |the |their |its )?(?:{_CEASEFIRE[3:-1]}) (?:agreement|deal)\b|"
            rf"\bdeclaring (?:an? |the )?(?:[\w-]+ )?{_CEASEFIRE}|"
            rf"\bannouncing (?:an? |the )?(?:[\w-]+ ){{0,4}}?{_CEASEFIRE}",
            # "a ceasefire agreement along the contact line in the zone of the conflict was reached"
            rf"\b{_CEASEFIRE} (?:deal|agreement)(?: (?:along|on|in|for|between) [^;,]{{0,80}}?)? (?:was |has been )?"
            r"(?:reached|agreed|struck|sealed|clinched)\b",
            rf"\bagreement (?:of|between) [^;]{{0,120}}? on (?:a |the )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}|\b(?:reach|"
            rf"reached) "
            rf"(?:an? )?agreement on (?:the )?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            rf"\breached (?:an? |the )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}\b|\bagreement (?:was|has been|"
            rf"had been) reached to "
            r"(?:cease fire|halt|stop|end)\b",
            rf"\b(?:announced|reached|signed|struck|led to|leading to|resulted in|resulting in) (?:an? |"
            rf"the )?agreement "
            rf"(?:for|on) (?:an? |the )?"
            rf"(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}",
            # "reached an agreement that a ceasefire would hold", talks "resulting in an immediate ceasefire", "after a
            # deal was brokered by Egypt"
            rf"\breached (?:an? |the )?agreement (?:that|under which|whereby)\b[^;]{{0,40}}?{_CEASEFIRE}|"
            rf"\b(?:resulting in|resulted in|leading to|led to|brought about) an? (?:immediate |temporary |"
            rf"humanitarian )?{_CEASEFIRE}|\b(?:deal|agreement|accord) (?:was|has been|had been) brokered by\b",
            # violence agreed to be curbed, a truce in all but name: "agreed Thursday to scale back violence during
            # Ramadan", "both sides agreed on the reduction of violence"
            r"\bagreed (?:on \w+ |\w+ )?(?:to|on) (?:try to )?(?:reduce|curb|scale back|the reduction of|"
            r"a reduction (?:of|in)) (?:the )?violence\b",
            # an agreement told by its aim: "reached an agreement on Tuesday aimed at restoring calm"
            r"\b(?:reached|struck|signed) (?:an? |the )?(?:[\w-]+ )?(?:deal|agreement|accord)\b[^;]{0,40}?\baimed at "
            r"(?:restoring calm|ending the (?:fighting|clashes|violence)|de-?escalat\w*)\b",
            # a deal named by what it does: "reached a deal earlier this week to halt the 15-month conflict"
            r"\b(?:reached|struck|sealed|signed) (?:an? |the )?(?:deal|agreement|accord|pact)\b[^;]{0,40}?\bto "
            r"(?:halt|end|"
            r"stop|pause|cease) (?:the )?(?:[\w-]+ )?(?:war|conflict|fighting|hostilities)\b",
            rf"\b{_CEASEFIRE} (?:was|were|has been|had been) (?:agreed|reached|signed|accepted|struck|sealed)\b",
            # "welcomes the agreement to cease the hostilities"
            r"\b(?:welcom\w*|hail\w*|reached|struck|announced|signed) (?:the |an )?agreement (?:to|on) (?:cease|halt|"
            r"stop|end|ceasing|halting|stopping|ending) (?:the |all )?(?:hostilities|fighting|clashes)\b",
            # "the ceasefire oversight and verification agreement was signed on Monday"; "signed between Kinshasa and
            # the M23 on July 19"
            rf"\b(?:{_CEASEFIRE}|peace)(?: [\w-]+){{0,3}} (?:agreement|accord|deal|protocol|pact|declaration) (?:was|"
            r"has been|had been) (?:formally )?(?:signed|concluded)\b|(?<!was )(?<!were )\bsigned between\b",
            rf"\b(?:declaration|announcement) of (?:a|the) (?:[\w-]+ )?{_CEASEFIRE}|\b{_CEASEFIRE} (?:declaration|"
            r"announcement)\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:was|were|had been|has been) (?:announced|declared|"
            r"agreed|brokered|reached)\b",
            # a ceasefire ordered by one side; an accord concluded
            rf"\b(?:ordered|orders|order) (?:an? |the )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}",
            r"\b(?:concluded|concludes|signed|sealed|clinched) (?:an? |the )?(?:final |historic |comprehensive )?"
            r"(?:peace )?(?:accord|agreement|deal)\b",
            # "approved by the two governments", "signalled his acceptance", "its acceptance of a period of calm"
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:approved|accepted|endorsed|signed) by\b",
            r"\b(?:signal\w*|announc\w*|declar\w*|confirm\w*|conveyed|of) (?:its|his|her|their) acceptance\b",
            rf"\b{_CEASEFIRE} brokered by\b",
            r"\bagreed (?:on|to) (?:the )?(?:first|second|next|initial) (?:phase|stage) of (?:an? |the )?(?:[\w-]+ )?"
            r"(?:deal|agreement|plan|accord|truce|ceasefire)\b",
            # an armed group ending its war itself: "announced its dissolution and the end of its armed struggle"
            r"\b(?:announc\w*|declar\w*|decided|decides)\b[^;]{0,60}?\bend(?: of)? (?:its|their) armed "
            r"(?:struggle|campaign|insurgency)\b",
            # a unilateral pause of offensives; peace deals cut with armed groups
            r"\b(?:would|will|to) pause (?:all )?offensive (?:military )?(?:operations|actions?|activit\w+)\b|"
            r"\b(?:cut|struck|signed|reached|sealed) (?:\w+ ){0,2}?peace (?:deals?|pacts?)\b|"
            # support for a truce affirmed by the sides; a truce written into an agreement
            rf"\baffirm\w* (?:their |its )?support for (?:a |the )?{_CEASEFIRE}|\bagreement (?:included|includes|"
            rf"provides for) (?:an? )?(?:[\w-]+ )?{_CEASEFIRE}",
            # a halt to attacks agreed, ordered or announced by a side: "agreed in principle to halt strikes on energy
            # targets", "ordered a 30-day halt on strikes", "said it is suspending military activity"
            rf"\b(?:announc\w*|agreed|agrees|ordered|orders|decided|decides|consensus|pledged|committed) (?:in "
            rf"principle |(?:on|last) \w+ )?(?:to |on )?(?:an? |the )?(?:immediate |temporary |[\w]+-day )?"
            rf"(?:halt|suspend|suspension|pause|cease|stop)\w* (?:of |on |to )?(?:all )?(?:its |their |the )?"
            rf"(?:[\w-]+ ){{0,3}}?{_HALTED}|"
            rf"\b(?:announc\w*|said|says)\b[^;]{{0,30}}?\b(?:would|will|is|are) (?:halt|suspend|pause|cease|stop)"
            rf"(?:ing)? (?:all )?(?:its |their )?(?:[\w-]+ ){{0,3}}?{_HALTED}",
        ),
        unless=re.compile(
            # a truce named as what something went against: "although the ceasefire was announced, …"
            rf"{_ALTHOUGH_A_TRUCE}(?:announced|agreed|declared|signed)\b|"
            # a truce only called for: "called for all parties to declare a ceasefire"
            rf"\b(?:call\w*|urg\w*|ask\w*) (?:on |upon |for )?(?:[\w-]+ ){{0,10}}?to declare (?:an? |the )?(?:[\w-]+ )?"
            rf"{_CEASEFIRE}|"
            rf"\b(?:declared|announced|marked) (?:the |an )?end (?:of|to) (?:the |a |its )?(?:[\w-]+ )?{_CEASEFIRE}|"
            # a truce already declared, named as the time of something else
            rf"\b(?:the|a|its|their) declared (?:[\w-]+ )?{_CEASEFIRE}|"
            r"\b(?:an?|any) (?:extended|prolonged)\b|"
            rf"\b(?:following|after|since|despite|during) the "
            rf"{_CEASEFIRE} declaration\b|"
            # a truce named by who brokered it, as the time of something else or as holding
            rf"\b(?:following|after|since|despite|during|under|before) (?:a|the) (?:[\w-]+ ){{0,2}}?{_CEASEFIRE} "
            r"brokered by\b|\bbrokered by\b[^;]{0,40}?\b(?:held|holds|(?:is|was) holding)\b|"
            rf"\b(?:following|after|since|under) the (?:[\w-]+ ){{0,2}}?{_CEASEFIRE} (?:agreement |"
            rf"deal )?reached (?:on|in)\b|"
            rf"\b(?:unconfirmed|unverified) reports? (?:had |have )?(?:said|suggested|claimed)\b[^;]*|\bthe agreed "
            rf"(?:[\w-]+ ){{0,2}}?{_CEASEFIRE}|\bagreed[- ]upon (?:[\w-]+ )?{_CEASEFIRE}|"
            # "never committed to the truce since it was announced": the truce is the time of something else
            rf"\b{_CEASEFIRE}\b[^;]{{0,20}}?\bsince (?:it|the {_CEASEFIRE[3:-1]}) was "
            r"(?:announced|declared|agreed|signed)\b|"
            rf"\bdeclar\w+ (?:the |a )?(?:[\w-]+ ){{0,2}}?{_CEASEFIRE} (?:back|to be|in effect|in force|ended|"
            rf"over\b{_HOLIDAY_SPAN})|"
            r"\bagree\w* (?:to |on )?(?:\W*\w+\W*){0,2}?(?:work out|hash out|negotiate|discuss|talks|meet|hold talks|"
            r"consider|explore|resume talks)|"
            # an extension as the talks' subject: "agreed to talks in Juba on extending the truce", "talks set to
            # focus on extending the ceasefire"
            r"(?<!agreed )\bon (?:extending|prolonging|an extension of)\b|"
            # the truce as the time of something else: "the sixth release since a fragile ceasefire was agreed"
            rf"\bsince (?:a|the) (?:[\w-]+ ){{0,3}}?{_CEASEFIRE}\b(?: deal| agreement)? (?:was |had been |has been )?"
            r"(?:agreed|reached|signed|brokered)\b|"
            # an extension only sought, or refused; a truce named by who brokered it
            r"\b(?:efforts?|push|bid|attempts?|calls?|plans?|proposals?|hopes?) (?:[\w-]+ ){0,6}?to (?:extend|renew|"
            rf"prolong)\b|{_REFUSED_TO_EXTEND}|\b(?:which|who) (?:had )?brokered\b|"
            # a truce not to be extended: "ceasefire won't be extended", "no intention to extend the ceasefire"
            r"\b(?:won't|will not|would not) be (?:extended|renewed|prolonged)\b|\bno intention (?:to|of) "
            r"(?:extend|extending|renew|renewing)\b|\bnot be (?:extending|renewing)\b|"
            # a truce only asked about: "a request was made to consider announcing a short ceasefire"
            r"\b(?:consider\w*|propos\w*|request\w*|urg\w*) (?:\w+ ){0,2}?(?:announcing|declaring)\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
        demote_to=EventType.CEASEFIRE_TALKS,
    ),
    ExtractionPattern(
        id="ceasefire-talks",
        gate=(
            "jirga",
            "to halt",
            "to stop",
            "to cease",
            "to suspend",
            "to end",
            "to mediate",
            "mediating between",
            "hotline",
            "meet again",
            "invit",
            "willingness",
            "openness",
            "readiness",
            "fail",
            "phone",
            "summit",
            "met ",
            "dialogue",
            "salvage",
            "as mediator",
            "negotiators from",
            "reconven",
            "meeting",
            "peaceful solution",
            "peaceful settlement",
            "peaceful resolution",
            "ceasefire",
            "cease-fire",
            "truce",
            "halt",
            "armistice",
            "mediator",
            "envoy",
            "an end to",
            "restore calm",
            "end the",
            "talks",
            "initiative",
            "stop the",
            "cessation",
            "pause",
            "mediators",
            "mediated by",
            "end to",
            "discussions",
            "negotiat",
            "cease",
            "mediation",
            "mediating",
            "boycott",
            "skipp",
            "walked out of",
            "pulled out of",
            "withdrew from",
            "continue",
            "efforts",
            "lay down",
            "put down",
            "discuss",
            "flag meeting",
            "open",
            "begin",
            "start",
            "hold ",
            "attend",
            "invited to",
            "collapse",
            "called up",
            "commission",
            "committee",
            "meet",
            "broker",
            "facilitated",
            "conduct",
            "negotiators",
            "pursu",
            "willingness to",
        ),
        type=EventType.CEASEFIRE_TALKS,
        triggers=triggers(
            r"\bmediators? (?:\w+ )?(?:met|meet|reconvened|reconvene|gathered|resumed)\b",
            # a council of tribal elders called to settle a feud: "a jirga was being convened to pacify the situation",
            # "elders will visit Kurram to hold a jirga"
            r"\bjirgas?\b[^;]{0,40}?\b(?:was|were|is|are|has been|had been|have been) (?:being )?(?:constituted|"
            r"convened|formed|summoned|called)\b|\b(?:hold|holds|held|convene[sd]?|summon(?:ed|s)?) (?:another |a |an "
            r"|the )?(?:[\w-]+ ){0,2}?[“\"'‘]?jirga\b",
            r"\b(?:call\w* on|ask(?:s|ed|ing)?|urg(?:es|ed|ing)) (?:the |all )?(?:parties|sides|warring sides)\b"
            r"[^;]{0,40}?\bto (?:stop|end|halt|cease) (?:the )?(?:fighting|hostilities|violence)\b",
            rf"\b(?:talks|negotiations?|moves|efforts?|push|proposal|mediation|bid|calls?|called|calling|appeal\w*|"
            rf"request\w*|"
            rf"urg\w+|demand\w*|pleas?|pressing|pressed|advocat\w*|attempts? to (?:bring about|broker|secure|reach))\b"
            rf"[^;]{{0,40}}?\b{_CEASEFIRE}",
            r"\b(?:initiatives?|efforts?|bid|plan)\b[^;]{0,40}?\bto (?:stop|end|halt) (?:the )?(?:civil )?(?:fighting|"
            r"war|"
            r"violence|"
            r"hostilities)\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:talks|negotiations|proposal|efforts|would be reached)\b",
            rf"\bpredicted an? {_CEASEFIRE}|\bbroker an? {_CEASEFIRE}",
            rf"\bpropos\w*\b[^;]{{0,40}}?{_CEASEFIRE}",
            r"\b(?:restart|resume|revive|reviv|hold|held|join|holding|continue)\w* (?:[\w-]+ ){0,2}?"
            r"(?:peace |ceasefire |"
            r"truce )?"
            r"(?:talks|negotiations)\b|\bhotline (?:talks?|conversation|call)\b",
            # talks counted in rounds: "a second round of peace talks", "the fifth round of the commission's talks"
            r"\brounds? of (?:the )?(?:[\w-]+ ){0,4}?(?:talks|negotiations)\b|\bflag meetings?\b",
            r"\breturn to (?:the )?(?:negotiations|negotiating table|talks)\b",
            r"\b(?:mediators?|envoy)\b[^;]{0,60}?\b(?:held talks|talks|meet\w*|met)\b",
            r"\b(?:peace |ceasefire |truce )?talks (?:took place|began|begin|opened|open|started|start|"
            r"(?:are|were|is|was) under ?way|got under ?way)\b|\b(?:talks|negotiations) (?:will be |were |are |was )?"
            r"mediated by\b|\b(?:in )?an attempt to end (?:\w+ ){0,4}?(?:confrontations|fighting|violence|clashes|"
            r"hostilities)\b",
            rf"\b(?:prepared|ready|willing) to (?:observe|respect|accept|agree to) (?:a |the )?(?:[\w-]+ )?"
            rf"{_CEASEFIRE}",
            # a halt offered: "the Houthis offered to halt drone and missile attacks on Saudi Arabia"
            r"\b(?:offer\w*|propos\w*|ready|willing|prepared) to (?:halt|stop|cease|suspend|end) (?:all |its |their )?"
            r"(?:[\w-]+ ){0,4}?(?:attacks|strikes|fighting|hostilities)\b",
            # "affirmed their willingness to issue a separate but simultaneous ceasefire"
            rf"\b(?:openness|readiness|willingness) (?:to|for) (?:(?:declare|issue|observe|accept|sign|implement) )?"
            rf"(?:a |an |the )?(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}",
            r"\b(?:sought|seeking|seek) an end to the (?:violence|fighting|war)\b|\b(?:seek|find|reach|search for|"
            r"work towards?) (?:a )?peaceful (?:solution|settlement|resolution)\b",
            r"\befforts to (?:restore calm|end the (?:fighting|violence))\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,60}}?\b(?:extend\w*|extension|next phase|second phase|proposals?|plan|offer|"
            rf"terms|"
            r"conditions|mediat\w*|negotiat\w*|discuss\w*|framework|formulation|broker\w*|draft|initiative)\b",
            r"\b(?:extend\w*|extension|next phase|second phase|proposals?|plan|offer(?:ed|s|ing)?|terms|conditions|"
            r"mediat\w*|negotiat\w*|"
            rf"discuss\w*|framework|formulation|broker\w*|draft|initiative)\b[^;]{{0,60}}?\b{_CEASEFIRE}",
            r"\b(?:urged|asked|called on) (?:\w+ ){0,3}?mediators? to\b|\bmediators? (?:to )?step in\b|"
            r"\b(?:agreement|deal|truce|ceasefire|cease-fire|accord),? (?:was |had been )?mediated by\b|"
            r"\bmediation (?:by|of|from|for|between)\b|\bmediation (?:efforts?|initiative|bid|push|attempts?)\b|"
            r"\b(?:boycott\w*|skipp\w*|walked out of|pulled out of|withdrew from) (?:the )?(?:[\w-]+ ){0,2}?(?:talks|"
            r"negotiations)\b|"
            # "tribal mediation is attempting to contain the clashes"
            r"\bmediat\w*\b[^;]{0,40}?\b(?:contain|end|stop|calm|defuse|resolve|halt)\b[^;]{0,30}?\b(?:clashes|"
            r"fighting|conflict|dispute|tensions?|violence)\b|"
            r"\bdiscuss\w* (?:an? |the )?(?:[\w-]+ ){0,2}?peace (?:deal|agreement|plan|accord|proposals?)\b",
            r"\b(?:calls?|called|calling|urg\w+|demand\w*|appeal\w*)\b[^;]{0,30}?\bend to (?:the )?(?:hostilities|"
            r"fighting|war|"
            r"violence)\b",
            r"\b(?:calls?|called|calling|urg\w+|demand\w*|appeal\w*)\b (?:(?:for|on|upon) )?(?:[\w’'“\"-]+ ){0,6}?to "
            r"(?:immediately )?(?:stop|end|cease|halt) (?:the |its |their |all )?(?:[\w-]+ ){0,2}?(?:military "
            r"(?:actions?|activit(?:y|ies)|operations?)|hostilities|fighting|offensive|attacks|fire|bloodshed)\b",
            r"\bcall\w* for (?:the )?(?:fighting|hostilities|violence)(?: [\w’'-]+){0,3}? to (?:stop|end|cease)\b",
            # parties named at length: "called for all parties to the conflict in Sudan to declare a ceasefire"
            # or told: "Washington told Azerbaijan to observe a ceasefire"
            rf"\b(?:calls?|called|calling|urg\w+|appeal\w*|ask\w*|told|tells|press(?:ed|es|ing)) (?:(?:for|on|upon) )?"
            rf"(?:[\w’'-]+ ){{0,10}}?to (?:\w+ly (?:and \w+ly )?)?(?:declare|agree to|accept|observe|respect|reach|"
            rf"uphold|honou?r|abide by|adhere to) (?:an? |the )?(?:[\w-]+ )?{_CEASEFIRE}",
            # a truce pressed for in a summit's words: "stressing the importance of reaching an immediate cease-fire"
            rf"\bimportance of (?:reaching|achieving|securing|agreeing|an?|the) (?:[\w-]+ ){{0,4}}?{_CEASEFIRE}",
            # a truce's joint military commission sitting: "the Joint Military Commission is resuming its meeting",
            # "hosted the first meeting of the 5+5 Joint Military Commission"
            # "UNSMIL announced the creation of a joint truce committee", "have established a ceasefire committee"
            r"\b(?:establish\w*|form(?:s|ed|ing)?|creat\w*|creation of|set(?:s|ting)? up)\b[^;]{0,60}?\b(?:joint )?"
            r"(?:ceasefire|cease-fire|truce) (?:committee|commission)\b|"
            r"\b(?:joint )?(?:military|ceasefire|cease-fire|truce) (?:commission|committee)\b[^;]{0,60}?\b(?:meet|"
            r"meets|meeting|met|resum\w*|convene[sd]?|reconvene[sd]?|sessions?|rounds?)\b|\b(?:meetings?|sessions?|"
            r"rounds?) of (?:the )?(?:[\w+-]+ ){0,3}?(?:joint )?(?:military|ceasefire|cease-fire|truce) "
            r"(?:commission|committee)\b",
            r"\b(?:held|hold|holding|engaged in) [“\"']?(?:\w+ )?discussions\b",
            # negotiations told as a process: mediated, lasting, continuing, indirect; a truce to be worked out
            r"\b(?:facilitat\w+|mediat\w+|broker\w*|host\w*) (?:the )?(?:\w+ ){0,2}?(?:talks|negotiations?)\b|"
            r"\b(?:talks|negotiations?)\b[^;]{0,80}?\b(?:bring|brought|put|putting) an? end to\b|\b(?:talks|"
            r"negotiations?) (?:on|over|towards?|for) (?:an? |the )?(?:[\w-]+ ){0,3}?end to\b|"
            r"\b(?:months|weeks|days?|hours|sessions?) of (?:\w+ )?(?:talks|negotiations)\b|"
            # "met … in Damascus to reach a ceasefire agreement", "sent a delegation for the talks", "talks stalled"
            rf"\bmet\b[^;]{{0,100}}?\bto (?:reach|secure|finali[sz]e|agree on) (?:a |an |the )?(?:[\w-]+ )?(?:"
            rf"{_CEASEFIRE}|peace)\b|\bdelegations? (?:for|to) (?:the )?(?:[\w-]+ )?talks\b|"
            r"\b(?:talks|negotiations) (?:have |had |has )?stalled\b|"
            rf"{_REFUSED_TO_EXTEND}[^;]{{0,30}}?{_CEASEFIRE}|"
            r"\b(?:talks|negotiations|discussions) (?:will|would) (?:continue|resume)\b|"
            # peace talks going on, named where or between whom, or due to resume: "peace talks in Kuwait between the
            # government and the Houthis have dragged on", "the parties have been in talks in Kuwait"
            r"\bpeace (?:talks|negotiations) (?:in|between)\b|\b(?:have|has|had) been in (?:peace )?talks\b|"
            r"\bpeace (?:talks|negotiations)\b[^;]{0,60}?\b(?:dragged|drag|drags|dragging) on\b|"
            r"\b(?:ongoing|current) peace (?:talks|negotiations)\b|"
            r"\b(?:talks|negotiations)\b[^;]{0,40}?\b(?:are |were )?(?:set|due|expected|scheduled) to "
            r"(?:resume|continue|begin|start)\b|"
            r"\bresumption of (?:the )?(?:peace )?(?:talks|negotiations)\b|"
            # talks held, carried on, mediated or failed: "the talks failed", "will continue its peace talks"
            r"\b(?:peace )?(?:talks|negotiations|discussions)\b[^;]{0,60}?\b(?:failed|ended (?:in failure|without)|"
            r"broke down|(?:have |has )?come to an end|fell flat|fall flat|came to nothing)\b|\b(?:continue|"
            r"continues|continued) (?:its |their |the )?(?:peace )?"
            r"(?:talks|negotiations)\b|\b(?:talks|negotiations) (?:were|was|had been|have been) held\b|"
            r"\b(?:facilitator|mediator)s? (?:in|of|for) (?:the )?(?:peace )?(?:talks|negotiations|process)\b|"
            r"\b(?:during|engaged in|conducting|conduct|attend\w*|join\w*|took part in|taking part in|"
            r"participat\w+ in) (?:an? |the )?(?:\w+ )?peace (?:talks|negotiations?)\b|"
            r"\bnegotiations? to (?:halt|end|stop) (?:the )?(?:fighting|war|hostilities|conflict)\b|"
            r"\bmet (?:\w+ ){0,2}?with (?:the )?(?:[\w-]+ ){0,2}?(?:chief |lead |top )?negotiators?\b|"
            r"\b(?:talks|negotiations)\b[^;]{0,40}?\b(?:were|was|had been|have been|has been) (?:\w+ )?(?:cancell?ed|"
            r"postponed|scrapped)\b|"
            r"\b(?:indirect|direct) (?:talks|negotiations)\b|\b(?:suspend\w*|broke off|break off|called off|cut off|"
            r"halted|halts|froze|walked out of|pulled out of) (?:the )?(?:peace |ceasefire |truce )?(?:talks|"
            r"negotiations|dialogue)\b|"
            r"\b(?:peace talks|peace negotiations|dialogue process|peace process) (?:is |was |were |are |has been |"
            r"have been )?(?:suspended|broken off|called off|frozen|stalled)\b|\bpeace (?:talks|negotiations)\b"
            r"[^;]{0,60}?\b(?:remain|remained|are|were|have been) (?:\w+ )?(?:deadlocked|stalled|stuck|"
            r"at an impasse)\b",
            rf"\bwork\w* out (?:a |the |an )?(?:[\w-]+ )?{_CEASEFIRE}",
            # an official sent to mediate, dialogue renewed, a truce or a deal to be salvaged, a country acting as
            # mediator, talks called for, negotiators of the parties
            r"\bto mediate\b|\bmediating between\b|\b(?:renew|resume|restart|reopen|open|begin|pursue)\w* (?:the |a |"
            r"their )?(?:direct |"
            r"political "
            r")?dialogue\b|\bsalvag\w* (?:the |a )?(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|agreement|accord|"
            r"deal)\b|"
            r"\bact(?:s|ed|ing)? as (?:an? |the )?mediators?\b|\bcall\w* for (?:peace |direct )?talks\b|"
            r"\bnegotiators from\b",
            # "both sides will reconvene in Istanbul", "a meeting will be held in Washington between the ministers"
            r"\breconven\w*\b|\b(?:meeting|talks) (?:will be |was |were |is |are |"
            r"to be )?held (?:in [\w-]+ )?between\b",
            # a peace deal negotiated, negotiations opened or going on; steps to end a war discussed
            r"\b(?:negotiating|negotiate|open negotiations on|opened negotiations on) (?:a |an |the )?(?:[\w-]+ )?"
            r"(?:peace|ceasefire) (?:agreement|deal|accord)\b|\b(?:talks|negotiations) (?:remain|remained|are|were) "
            r"(?:still )?(?:ongoing|under ?way|continuing)\b|\b(?:talks|negotiations)\b[^;]{0,80}?\b(?:have|has|had) "
            r"been (?:under ?way|ongoing|going on)\b|\bdiscuss\w* (?:\w+ ){0,6}?to end the "
            r"(?:war|fighting|conflict)\b",
            # talks sought, carried on or concluded; efforts to end the war
            r"\b(?:sought|seek|seeking|offered|proposed) (?:peace )?talks with\b|\b(?:continued|resumed|held|holding) "
            r"(?:the |their )?negotiations\b|\bpeace talks\b[^;]{0,60}?\b(?:concluded|wrapped up)\b|\bdiplomatic "
            r"efforts to (?:halt|end|stop)\b|\bworking to (?:put an end|bring an end|end) (?:to )?(?:the )?"
            r"(?:violence|fighting|war|conflict|hostilities)\b",
            # leaders and their envoys meeting or calling: "held a phone call with his Syrian counterpart", "a summit
            # aimed at seeking a ceasefire", "met separately with the delegations", "a meeting of the border committee"
            r"\b(?:held|had|in|during) an? (?:phone|telephone) (?:call|conversation) (?:with|between)\b|"
            r"\bpeace summit\b|\bsummit\b[^;]{0,60}?\b(?:aim(?:ed|ing|s)? (?:at|to)|to discuss|to broker)\b|"
            r"\bmet (?:separately )?with (?:the |his |her |their )?(?:[\w-]+ ){0,3}?(?:delegations?|officials|"
            r"representatives|negotiators|counterparts?)\b|"
            r"\bmeeting\b[^;]{0,80}?\bto address the (?:current )?(?:situation|conflict|crisis|tensions?)\b|"
            # talks offered or failed: "an invitation to its enemies for talks", "a willingness to have a dialogue",
            # "the two sides failed to arrive at an agreement"
            r"\binvit\w* (?:[\w’'-]+ ){0,5}?(?:for|to) (?:peace )?(?:talks|negotiations|dialog(?:ue)?|discussions)\b|"
            r"\bcall\w* for discussions\b|\b(?:propos\w*|offer\w*) (?:a |an |direct |political )?dialogue\b|"
            r"\btalks held (?:in|at)\b|\b(?:will|to|would|agreed to) meet again\b|\b(?:spoke|talked|"
            r"held talks) (?:over|on) "
            r"the hotline\b|\bministers\b[^;]{0,50}?\bmet\b|"
            # the two sides' commanders meeting: "the chiefs of defense of the two countries met in Moscow",
            # "the chiefs of the General Staff of Armenia and Azerbaijan held a meeting"
            r"\b(?:chiefs?|commanders?|generals|officials|representatives|delegations?|governors)\b[^;]{0,40}?\b(?:of|"
            r"from) (?:(?:both|the two) (?:countries|nations|sides)|[\w-]+ and [\w-]+) (?:are (?:set|due|expected) to "
            r"meet|met|meet|held (?:a |their )?meeting|held talks)\b|"
            r"\bwillingness to (?:hold |have |"
            r"enter (?:into )?)?(?:an? )?(?:dialog(?:ue)?|"
            r"talks|negotiations)\b|\bfail\w* to (?:arrive at|reach) (?:an? )?(?:agreement|deal)\b|"
            r"\bmeeting of the (?:[\w–-]+ ){0,3}?(?:border|coordinat\w+|ceasefire|joint|contact) (?:[\w-]+ )?"
            r"(?:committee|commission|group)\b",
            # "met for talks in Yunnan", talks revived or joined, negotiations about to conclude, a meeting held in a
            # city, mediation efforts, the negotiating table
            r"\b(?:met|meet|meeting) for (?:\w+ ){0,2}?talks\b|\b(?:reactivat|relaunch)\w* (?:[\w-]+ ){0,3}?talks\b|"
            r"\bparticipation in the (?:\w+ )?talks\b|\bconclud\w* (?:the )?(?:peace )?negotiations\b|"
            r"\bmeeting (?:was )?conducted in\b|\bmediation efforts\b|\bmediations (?:continued|went on)\b|"
            r"\bsit (?:down )?at the negotiating table\b",
            # talks to be opened or begun, invitations to them, their collapse; a commission or a summit that met
            r"\b(?:to open|opened|opening|to begin|began|begun|beginning|to start|started|starting) (?:[\w-]+ ){0,2}?"
            r"(?:peace )?(?:talks|negotiations)\b|\bhold (?:peace )?"
            r"negotiations\b|\b(?:invited to|attend\w*) the (?:\w+ )?talks\b|\bcollapse of (?:the )?(?:\w+ )?"
            r"(?:negotiations|talks)\b|\bcalled up (?:his|her|their) (?:\w+ )?counterparts?\b|\b(?:sought|seeking|seek|"
            r"trying|tried) to end the (?:violence|fighting|war|hostilities)\b|\b(?:joint|military|ceasefire|border) "
            r"(?:[\w-]+ ){0,2}?(?:commission|committee) (?:\w+ ){0,2}?met\b|\bsummit\b[^;]{0,60}?\b(?:mediated|hosted|"
            r"brokered) by\b|\b(?:border|joint|ceasefire|coordination) (?:\w+ )?(?:committee|commission) (?:\(\w+\) )?"
            r"meetings?\b",
            # meetings to come, talks called for, mediation under way or failed, deals brokered
            r"\b(?:officials|delegations?|ministers|leaders|representatives|envoys|sides|"
            r"parties) (?:\w+ ){0,3}?(?:will|"
            r"would|are to|are set to|are due to) meet\b|\bfor talks with\b|"
            r"\bcall\w* for (?:peace |direct )?negotiations\b|\bconduct\w* (?:\w+ ){0,2}?talks\b|"
            r"\bmeeting\b[^;]{0,40}?"
            r"\bbetween (?:[\w-]+ ){0,3}?(?:representatives|delegations|officials|leaders)\b|"
            r"\bnegotiators\b[^;]{0,30}?"
            r"\bmet\b|\bpursu\w* (?:peace )?talks\b|\b(?:start\w*|began|begin\w*) discussing\b|\bwillingness to "
            r"(?:talk|mediate)\b|\bduring (?:the )?(?:\w+ )?(?:talks|negotiations) in\b|"
            r"\bbrokered (?:a |the )?(?:deal|"
            rf"{_CEASEFIRE[3:-1]}|agreement)\b|\b(?:with|under) (?:the )?(?:\w+ ){{0,2}}?mediation\b|\bmediation "
            r"(?:failed|collapsed)\b|\b(?:deal|agreement|accord|talks),? (?:was |were )?facilitated by\b|"
            r"\btalks brokered by\b",
            # a call to lay down arms: "called on his followers in the PKK to lay down arms", "urged the Druze and the
            # Bedouins to put down their weapons"
            r"\b(?:call\w*|urg\w*|ask\w*|appeal\w*) (?:on |upon )?(?:[\w’'-]+ ){0,8}?to (?:lay|put) down "
            r"(?:their |its |his )?(?:arms|weapons)\b",
            # meetings of three or more, summits of leaders, talks begun or hosted, efforts under way: "their third
            # trilateral meeting", "a mini-summit in Luanda", "the summit of regional leaders", "met for talks hosted by
            # the council's president", "initiated talks on the matter", "mediation efforts have been under way"
            r"\b(?:trilateral|tripartite|quadrilateral|quadripartite|three-way|four-way) (?:[\w-]+ )?(?:summit|"
            r"meetings?|talks)\b|\bmini-summit\b|\bsummit of (?:the )?(?:[\w-]+ )?(?:leaders|heads of state)\b|"
            r"\btalks hosted by\b|\binitiat\w* (?:the )?(?:peace )?(?:talks|negotiations|dialogue)\b|"
            r"\b(?:ceasefire|cease-fire|truce|peace|mediation) efforts (?:have been |had been |are |were )?"
            r"(?:under ?way|ongoing|continuing)\b|\bnegotiations\b[^;]{0,40}?\b(?:concluded|wrapped up)\b|"
            r"\bnext (?:round of talks|meeting)\b[^;]{0,60}?\b(?:will|would|is to|was planned to|is planned to|"
            r"is due to|is set to) (?:be held|take place)\b|\bcommissions met\b",
        ),
        unless=re.compile(
            # a truce described by who brokered it or by its terms: "the US-brokered truce", "under the terms of the
            # ceasefire"
            rf"\b(?:[\w.]+-? and )?[\w.]+-brokered (?:[\w-]+ ){{0,2}}?{_CEASEFIRE}|\bunder the terms of (?:the |a |"
            rf"an )?"
            rf"(?:[\w-]+ ){{0,3}}?{_CEASEFIRE}|"
            rf"\bany {_CEASEFIRE}\b|\b(?:while|whilst|even as|even while) (?:the )?(?:peace )?(?:talks|"
            rf"negotiations) (?:were|"
            r"was) (?:ongoing|under ?way|taking place|being held)\b|"
            rf"\b(?:envoy|mediators?|meeting|met)\b[^;]{{0,80}}?\bto discuss (?:\w+ )?(?:trade|"
            r"economic|ties|relations|cooperation)\b|"
            r"\bfail(?:ed|ure of)? (?:\w+ )?(?:attempts?|efforts?|bids?) to (?:hold|restart|resume|revive)\b"
            r"|\bden(?:y|ies|ied|ying) (?:that )?(?:any |there (?:are|were) (?:any )?)?(?:[\w-]+ ){0,2}?talks\b"
            # the call of a crowd in the street is a protest's, not a party's
            r"|\b(?:protesters|protests?|demonstrat\w+|rall(?:y|ies)|marchers)\b[^;]{0,30}?\b(?:call\w* for|"
            r"demand\w*)\b"
            # talks on joining a bloc or on trade, not on a truce: "suspend talks on the country's further integration
            # with the European Union"
            r"|\b(?:talks|negotiations)\b (?:on|over|about) (?:[\w’'-]+ ){0,4}?(?:integration|accession|membership|"
            r"joining|trade|tariffs?|visas?|investment|customs)\b"
            # talks with the European Union, refused or suspended: "refusal to start negotiations until 2028"
            r"|\b(?:talks|negotiations)\b[^;]{0,40}?\b(?:until 20\d\d|with (?:the )?(?:european union|eu))\b(?![’'])"
        ),
        confidence=0.8,
    ),
    ExtractionPattern(
        id="casualty-toll",
        gate=(
            "shot in",
            "murders",
            "homicides",
            "kill",
            "dead",
            "die",
            "succumb",
            "death",
            "wound",
            "injur",
            "casualt",
            "lost their lives",
            "lost ",
            "lost his life",
            "lost her life",
            "loss of",
            "fatalit",
            "toll",
            "hurt",
            "neutrali",
            "eliminated",
            "elimination of",
            "lives",
            "sent to hell",
            "assassinat",
            "treated",
            "concuss",
            "choking",
            "suffocation",
            "asphyxiation",
            "breathing difficulties",
            "respiratory",
            "irritation",
            "blisters",
            "affected by",
            "admitted to",
            "hospital",
            "medical",
            "slain",
            "perished",
            "bodies",
            "corpses",
            "cadavers",
            "remains",
            "the life of",
            "the lives of",
            "massacr",
            "burned alive",
            "burnt alive",
            "burned to death",
            "burnt to death",
            "executed",
            "execution",
            "behead",
            "murder",
            "claim",
            "bullet",
            "canister",
            "gunned down",
            "mowed down",
            "fatally shot",
            "martyr",
            "ultimate sacrifice",
            "supreme sacrifice",
            "shahadat",
            "tally",
            "decapitat",
            "slaughtered",
            "lynched",
            "shot in the",
            "throat",
            "stabbed",
        ),
        type=EventType.CASUALTY_REPORT,
        triggers=triggers(
            r"\b(?:killed|killing|kills|kill|dead|died|dies|die|succumbed|deaths?|death toll|toll|wounded|wounding|"
            r"wounds|wound(?! (?:down|up))|injured|"
            r"injuring|injuries|injury|injures|casualties|fatalit(?:y|ies)|lost (?:their|his|her) li(?:ves|fe)|hurt|"
            r"neutrali[sz](?:ed|e)|eliminated|elimination of|neutrali[sz]ation of|"
            r"lives (?:have been |had been |were )?lost|claim(?:ed|s|ing)? (?:the )?lives|sent to hell|"
            r"assassinated|assassination of|stabbed|"
            r"(?:being |were |was )treated (?:at|in) (?:a |the )?(?:\w+ )?hospitals?|"
            rf"{HURT_UNWOUNDED}|"
            rf"(?:been |were |was )(?:{HOSPITALISED})|(?:remain|remained|are|were|is|was) (?:still )?hospitali[sz]ed|"
            rf"{MEDICAL_CARE}|"
            rf"{SHOT_IN_BODY}|"
            r"slain|perished|bodies|corpses|cadavers|massacred|massacring|massacre of|"
            r"burn(?:ed|t) (?:alive|to death)|executed|"
            r"beheaded|remains (?:\w+ ){0,2}?(?:exhumed|recovered|found|unearthed|discovered)|"
            r"gunned down|mowed down|fatally shot|murdered|martyred|martyrdom|shahadat|(?:ultimate|supreme) sacrifice|"
            r"behead(?:s|ing)?|"
            r"(?:hacked|beaten|stabbed|clubbed|stoned) to death|lynched|"
            r"decapitat\w*)\b|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
            r"(?:murders|homicides)\b|"
            r"\blost (?:at least |more than |over |some |about |nearly )?(?:\d[\d,]*|"
            r"(?:[a-z]+-)?[a-z]+) (?:of (?:its|their|"
            r"our) )?(?:men|soldiers|troops|fighters|"
            r"officers|policemen|members|personnel)\b|"
            r"\blost (?:an?|one|another) (?:[\w-]+ )?(?:soldier|fighter|officer|policeman|member|comrade)\b|"
            r"\b(?:provisional |death |"
            r"casualty )?tally (?:stood|stands|rose|reached|"
            r"climbed)\b",
            r"\b(?:were|was|been) murdered\b|\b(?:murdered|slaughtered) (?:[\w-]+ ){0,4}?(?:people|civilians|villagers|"
            r"residents|men|women|children|persons|individuals)\b"
            r"|\b(?:murders?|executions?|killings?) of (?:the |at least |more than |some |about |over )?(?:\d[\d,]*|"
            r"two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b(?!-year)"
            r"|\b(?:murder|execution) of (?:an?|one) "  # "stemmed from the murder of an Islamic teacher"
            r"|\bloss of (?:[\w-]+ ){0,3}?(?:lives|civilians?|people|soldiers?|children|residents|peacekeepers?|"
            r"officers?|policem[ae]n|troops)\b",
            r"\b(?:claim(?:ed|ing|s)? (?:the li(?:ves|fe) of )?|(?:took|taken|taking|takes?) the li(?:ves|fe) of )"
            r"(?:at least |some |about |around |nearly |almost |"
            r"more than |over |an estimated )?(?:\d|one|two|three|four|"
            r"five|six|seven|eight|nine|ten|dozens|hundreds|scores)\w*\b|\bhit by (?:rubber |live |stray )?bullets\b|"
            # "claimed the life of another police constable", "took the life of a soldier"
            r"\b(?:claim(?:ed|ing|s)?|took|taken|taking|takes?) the life of (?:an?|another) ",
            r"\bhad (?:their|his|her) throats? (?:slit|cut)\b",
        ),
        unless=re.compile(
            # fighters to be neutralised: a purpose, no toll ("more troops inducted to neutralise two terrorists"); a
            # killing plotted or tried ("a plot to carry out the assassination of the governor")
            r"\bto (?:neutrali[sz]e|eliminate)\b|"
            r"\b(?:plot\w*|plann\w*|conspir\w*|attempt\w*|foil\w*|thwart\w*) (?:\w+ ){0,3}?assassination of\b|"
            # "no one was killed or wounded": the second verb is as denied as the first
            r"\b(?:no one|nobody|none) (?:was|were|has been|had been) (?:\w+ )?(?:killed|wounded|injured|hurt) or "
            r"(?:killed|wounded|injured|hurt)\b|"
            r"\b(?:no one|nobody|none|no people|no casualties|no injuries|no deaths)\b[^;,.]{0,20}?\b(?:was |were )?"
            r"(?:reported |said to be |believed to be )?(?:killed|injured|hurt|wounded|reported)\b|"
            r"\broad tolls?\b|\btoll (?:road|booth|plaza|gate|fees?|charges?)\b|\btoll-free\b|\b(?:killed|"
            r"injured) or (?:detained|abducted|arrested|missing)\b"
            r"|\bdied (?:of|from) (?:malnutrition|starvation|hunger|dehydration|disease|cholera|illness|natural causes)"
            r"|\bdied (?:of|from|due to) (?:an? |the )?(?:severe |acute )?(?:shortages?|lack) of (?:medicines?|"
            r"medical|food|oxygen|drugs)"
            # a death feared or threatened
            r"|\b(?:would|will|could|might) (?:also |too )?be (?:killed|executed|beheaded)\b"
            r"|\b(?:unknown|not known|unclear|not clear) (?:how many|if|whether)\b[^;]{0,80}?\b(?:killed|injured|"
            r"wounded|hurt|dead)\b"
            # the dead handed back under a deal: "has so far returned 21 of the 28 bodies of hostages"
            r"|\b(?:hand(?:ed|ing|s)? over|return(?:ed|ing|s)?|releas(?:ed|ing|es)|repatriat\w+|exchang\w+|swap\w*) "
            r"(?:[\w-]+ ){0,5}?(?:bodies|remains)\b"
        ),
        excludes=re.compile(
            # deaths no one inflicted: crashes, heart attacks; a country's murder rate
            r"\b(?:plane|air|road|car|bus|train|traffic|boat) (?:crash|accident)(?:es)?\b|\bheart attack\b|"
            r"\b(?:died|killed) accidentally\b|\b(?:murder|homicide) rates?\b|"
            # a toll denied or dismissed (no other told before the denial); some of the dead identified
            r"^(?:(?!\b(?:bodies|killed|dead|wounded|injured)\b)[^;]){0,140}?\b(?:denied|denies|deny|dismissed|"
            r"rejected|refuted)\b[^;]{0,40}?\b(?:that|reports?|claims?)\b|"
            r"\bidentified (?:\w+ )?(?:\d+|[a-z]+) of the (?:dead|victims|bodies|deceased)\b|"
            r"^(?!.*\b(?:air ?strikes?|airstrikes?|attacks?|shelling|bomb\w*|clash\w*|fighting|gunmen|drones?|"
            r"missiles?|"
            # (a disaster's name opening a quoted name is an operation's: "his “Flood of Dignity” campaign")
            r"rockets?)\b).*\b(?<![“\"‘'])(?:earthquakes?|quakes?|floods?|flooding|storms?|cyclones?|hurricanes?|"
            r"typhoons?|landslides?|wildfires?|"
            r"heatwaves?|accidents?|epidemic|outbreak(?! of (?:the )?(?:[\w-]+ ){0,2}?(?:war|hostilities|fighting|"
            r"violence|conflict|clashes|unrest)\b)|cholera|malnutrition|starvation|hunger|dehydration|famine|"
            r"(?:fuel|tanker|gas|oil|truck|cylinder|boiler|factory|fireworks) explosions?|"
            r"diseases?|diarrh?oea|measles|malaria|"
            # a blaze or a structure that gave way: "a deadly fire killed 10 people", "a canopy collapsed, killing 14"
            r"(?:deadly|apartment|building|house|forest|bush|high-rise|the|a) (?:fires?|blazes?)"
            r"(?! (?:on|at|exchanges?)\b)|"
            r"collapsed?|collapsing)\b"
            r"|^(?!.*\b(?:air ?strikes?|airstrikes?|attacks?|shelling|bomb\w*|clash\w*|fighting|gunmen|drones?|"
            r"missiles?|rockets?)\b).*\b\d[\d,]* (?:\w+ )?cases\b"  # "29,800 cases including 380 deaths": a disease
        ),
        counts=TOLL_FIELDS,
        requires_counts=True,
    ),
    ExtractionPattern(
        id="violence-against-civilians",
        gate=(
            " civilians",
            "captur",
            "seiz",
            "rounded up",
            "rounding up",
            "detain",
            "detention",
            "premises",
            "offices",
            "burned alive",
            "burnt alive",
            "burned to death",
            "burnt to death",
            "spree",
            "door to door",
            "behead",
            "sexually",
            "human shield",
            "wiped out",
            "terroris",
            "terroriz",
            "throat",
            "decapitat",
            "massacr",
            "abduct",
            "kidnap",
            "snatched",
            "rape",
            "raping",
            "sexual violence",
            "sexual assault",
            "gender",
            "ethnicity",
            "captive",
            "execut",
            "hostage",
            "extrajudicial",
            "extra-judicial",
            "hijack",
            "butcher",
            "hacked",
            "en masse",
            "cold blood",
            "killings",
            "killing of",
            "mass killing",
            "ethnic killing",
            "civilian killing",
            "street killing",
            "disappear",
            "arbitrarily",
            "deprivation of",
            "tortur",
            "took away",
            "taken away",
            "taking away",
            "captured by",
            "taken by",
            "seized by",
            "snatched by",
            "grabbed by",
        ),
        type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        triggers=triggers(
            r"\b(?:massacred|massacring|massacres? of|massacre (?:in|at))\b|\bburn(?:ed|t) (?:alive|to death)\b",
            # a massacre named as one: "a massacre killed at least 115 people", "committed massacres in Tamboul"
            r"\b(?:committed|committing|carried out|perpetrated) (?:[\w“”\"']+ ){0,2}?[“\"']?massacres?\b|"
            r"\bmassacres? (?:were |was |have been |"
            r"had been )?(?:committed|perpetrated|carried out)\b|\btortured and (?:murdered|killed)\b|"
            r"\b(?:a|the|this|that|another) "
            r"(?:[\w-]+ )?massacre\b",
            # civilians killed by a state's forces or a militia (insurgents' killings are told as attacks): "the
            # government forces killed 15 civilians", "Eritrean troops killed hundreds of unarmed civilians"
            r"\b(?:forces|troops|soldiers|army|militias?|militiamen|police(?:men)?)\b (?:\w+ )?(?:killed|shot dead|"
            r"massacred|executed|slaughtered) (?:at least |about |some |more than |over |nearly )?(?:\d[\d,]*|two|"
            r"three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of) (?:unarmed |innocent )?"
            r"civilians\b",
            # civilians seized by armed men: "the navy captured 58 fishermen", "fighters rounded up about 20 young
            # men", "border guards illegally detained two Georgian citizens"
            r"\b(?:captured|capturing|seized|seizing|rounded up|rounding up|"
            r"(?:illegally|arbitrarily|forcibly) detained) (?:about |some |more than |over |at least |nearly )?"
            r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|scores of|hundreds of)? ?"
            r"(?:[\w-]+ ){0,2}?(?:fishermen|civilians|villagers|farmers|residents|citizens|nationals|shepherds|herders|"
            r"passengers|students|young men|men|women|children|boys|girls|people)\b",
            # not the victims of an abduction told elsewhere: "awaiting news of the abducted girls"
            r"\b(?<!\bthe )(?<!\btheir )(?<!\bher )(?<!\bhis )(?:abducted|kidnapped)\b|"
            r"\b(?:abducting|abducts|abductions?|kidnapping|kidnappings|kidnaps|"
            r"(?:were|was|been) snatched|"
            r"(?:took|taking|takes) (?:[\w-]+ ){0,5}?hostage|"
            r"taken hostage|hostages? (?:were|was|had been) (?:taken|seized)|(?:held|holding) (?:\w+ ){0,4}?"
            r"(?:hostage|captive)|"
            r"hijack(?:ed|ing) (?:of )?(?:an? |the )?(?:[\w-]+ ){0,2}?"
            r"(?:train|bus|plane|aircraft|ship|ferry|convoy))\b",
            # people hacked to death or killed en masse: "scores 'hacked to death' in machete attack"
            r"\b(?:butcher(?:ed|ing)|hacked (?:\w+ ){0,2}?to death|killed en masse|(?:mass|massive|ethnic|civilian|"
            r"street|indiscriminate|retaliatory|reprisal) killings?|killing spree|in cold blood|"
            # people killed for who they are: "killed for their ethnicity", "killings of ethnic Amharas"
            r"killed (?:\w+ ){0,2}?(?:for|because of) their (?:ethnicity|faith|religion)|killings? of ethnic|"
            r"killings? of (?:\w+ ){0,2}?"
            # not civilians killed from afar: "the killing of two civilians in a strike" is the strike's toll
            r"civilians\b(?![^;]{0,40}?\b(?:strikes?|airstrikes?|shelling|bombing|bombardments?|drones?|missiles?|"
            r"rockets?)\b))\b",
            r"\b(?:raped|rapes?|raping|sexual violence|sexual assaults?|gang-raped|sexually (?:assault|abus)\w*|"
            r"gender[- ]based violence)\b",
            # "the troops tortured anyone they found on the road", "took away 20 residents"
            r"\btortur(?:ed|ing|es)\b|\b(?:took|taken|taking) away (?:\w+ ){0,2}?(?:residents|villagers|civilians|"
            r"passengers|people|men|women|children|wife|wives|husband|sons?|daughters?|relatives)\b|"
            # "16 female students were taken away as captives"
            r"\b(?:residents|villagers|civilians|passengers|people|students|pupils|women|children|girls|boys) "
            r"(?:were|had been|have been) (?:\w+ )?taken away\b",
            r"\b(?:as|into) human shields?\b|\b(?:families|villagers|residents|civilians) (?:were |was )?(?:\w+ )?"
            r"wiped out\b|\bterrori[sz](?:ed|ing|es) (?:the )?(?:civilians|residents|villagers|population|locals)\b",
            r"\b(?:executed|executing|summary executions?|executions? of|extra-?judicial(?:ly)? (?:executions?|"
            r"killings?|killed))\b",
            r"\b(?:beheaded|beheadings?|decapitated|throats? (?:were |was )?(?:cut|slit|slashed))\b",
            # "opened fire directly on civilians", "went door to door, beating and shooting residents", "reports of
            # mass killings"
            r"\bopen(?:ed|s)? fire (?:directly |indiscriminately )?on (?:[\w-]+ )?civilians\b|\bdoor to door\b"
            r"[^;]{0,40}?\b(?:shooting|killing|beating)\b|\bmass killings\b",
            r"\b(?:forcibly disappeared|enforced disappearances?|deprivation of (?:their )?liberty|arbitrarily "
            r"(?:detained|detaining|arrested))\b",
            # UN and aid staff held, their offices raided: "raided UN premises and detained at least 11 workers",
            # "detentions of UN personnel", "11 UN personnel were detained"
            r"\b(?:detain\w*|detentions? of|raid\w*|storm\w*) (?:at least |more than |some )?(?:\d+ |[a-z]+ )?"
            r"(?:of )?(?:its |their |the )?(?:un|u\.n\.|united nations|aid|humanitarian|wfp|unicef|ngo) "
            r"(?:staff(?:ers)?|workers|employees|personnel|premises|offices|compounds?)\b|"
            r"\b(?:un|u\.n\.|united nations|aid|humanitarian) (?:staff(?:ers)?|workers|employees|personnel)\b"
            r"[^;.]{0,30}?\b(?:were|have been|had been|was|are|being) (?:\w+ )?detained\b",
            _PERSON_CAPTURED,
            # people led away by gunmen: "his parents were taken by armed men as they drove"
            r"\b(?:were|was) (?:\w+ )?(?:taken|seized|snatched|grabbed)(?: away)? by (?:the )?(?:armed men|gunmen|"
            r"kidnappers|bandits|"
            r"militants|rebels|guerrillas|assailants)\b|"
            # held by an armed group: "nine Filipino seafarers currently detained by the Houthis"
            r"\b(?:detained|held captive|held hostage) by (?:the )?(?:houthis?|armed men|gunmen|kidnappers|bandits|"
            r"militants|rebels|guerrillas|jihadists|insurgents|al-shabaab|rsf)\b",
        ),
        requires=re.compile(
            r"\b(?:civilians?|villagers?|residents?|people|wom[ae]n|child(?:ren)?|girls?|boys?|m[ae]n|farmers?|"
            r"worshippers|displaced|idps?|refugees|students|families|passengers|aid workers|journalists|victims|"
            r"population|captives?|locals|inhabitants|communit(?:y|ies)|hundreds|dozens|drivers|travell?ers|"
            r"commuters|person|teenagers|minors|youths|"
            r"traders|pupils|schoolchildren|schoolgirls|schoolboys|teachers|priests|hostages?|individuals|persons|fishermen|herders|christians|"
            r"seafarers|sailors|crew(?: members)?|"
            r"copts|workers?|"
            r"(?:humanitarian|health|construction|mine) workers|staff|employees|massacr\w*|mother|father|parents|"
            r"sons?|daughters?|brothers?|sisters?|wife|husband|relatives|(?:village|district|ward|community) heads?|"
            r"traditional rulers?|emirs?|monarchs?|chiefs|sheikhs?|elders|pastors?|imams?|clerics?|others|nationals|"
            r"foreigners|miners|(?:sexual|gender[- ]based) violence|extra-?judicial|"
            r"migrants|doctors|nurses|engineers|occupants|anyone|bodies|scores|(?:security )?personnel|soldiers|"
            r"policem[ae]n|police officers|activists?|reservists?|officials?|politicians?|lawmakers?|supporters|"
            r"opposition members)\b"
            r"|\b(?:abduct|kidnapp)\w* (?:\w+ ){0,2}?\d|\d (?:\w+ ){0,2}?(?:taken|held) hostage"
            r"|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of) (?:\w+ )?"
            r"(?:kidnappings|abductions)\b"
        ),
        # a plan or an operation executed, not a person: "successfully executed an air interdiction"
        unless=re.compile(
            # suspects arrested: "police on Tuesday captured five people allegedly involved in the bombing"
            r"\b(?:police|policemen|officers|detectives)\b[^;]{0,30}?\b(?:captured|seized|detained|rounded up)\b|"
            r"\b(?:captured|seized|detained|rounded up)\b[^;]{0,60}?\b(?:allegedly|suspected|suspects|wanted|"
            r"accused)\b|"
            r"\bexecut(?:ed|ing) (?:an? |the |its |their )?(?:[\w-]+ ){0,2}?(?:air|strikes?|raids?|operations?|"
            r"attacks?|interdictions?|plans?|missions?|orders?|assaults?)\b|"
            # killings named a massacre by who speaks of them: a word for an attack told elsewhere, not a fact
            r"\b(?:described|describing|calling|called|termed|branded|labell?ed|condemned|condemning)\b[^;.]{0,80}?"
            r"\bas\b[^;]{0,12}?(?:massacres?|extra-?judicial killings?)\b|\bit (?:is|was) a massacre\b|"
            # a massacre feared, not done: "on the precipice of a large-scale massacre"
            r"\b(?:precipice|brink|verge|risk|danger|threat|fears?) of (?:an? |another )?(?:[\w-]+ ){0,2}?"
            r"(?:massacres?|mass killings?)\b|"
            # a force's record, not a fact of the day: "the police had a history of extrajudicial killings"
            r"\bhistory of (?:[\w-]+ ){0,2}?(?:killings?|executions?|abductions?|kidnappings?|massacres?|torture|"
            r"disappearances?)\b|"
            # an execution named as what a crowd protests or mourns: "rallies to mark the 40th day since the execution
            # of the cleric", "in protest against Saudi Arabia's execution of"
            r"\b(?:protests?|protesting|protesters|rall(?:y|ies|ied)|marched|demonstrations?|demonstrators|to mark|"
            r"since|following|dispute over|condemnation of|in condemnation) (?:[\w’'-]+ ){0,4}?(?:the |an? )?"
            r"execution of\b"
        ),
        counts=TOLL_FIELDS,
        per_place=True,
        factual=True,
        excludes=_HABITUAL,
    ),
    # guards or troops shooting at people who only try to cross or flee ("border guards shot dead 10 young
    # Eritreans fleeing the country", "fired explosive weapons on migrants"): no battle was fought
    ExtractionPattern(
        id="fleeing-people-shot",
        gate=("migrant", "refugee", "asylum", "fleeing", "to cross", "to flee"),
        type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        triggers=triggers(
            r"\b(?:shot dead|shoot dead|shot and killed|gunned down|opened fire on|open fire on|"
            r"fired (?:[\w\"“”-]+ ){0,3}?(?:on|at))\b(?=(?: [\w-]+){0,5}? (?:migrants|refugees|asylum seekers|"
            r"(?:\w+ )?(?:civilians|people|men|women|children) (?:fleeing|trying to (?:flee|cross)|"
            r"attempting to (?:flee|cross)))\b)",
            r"\b(?:migrants|refugees|asylum seekers)\b[^;]{0,40}?\b(?:shot dead|gunned down|killed|shot) by "
            r"(?:\w+ ){0,2}?(?:border guards|guards|border police|soldiers|troops|(?:security |border )?forces)\b",
        ),
        requires=re.compile(r"\b(?:border guards|guards|border police|soldiers|troops|forces|police|army)\b"),
        counts=TOLL_FIELDS,
        per_place=True,
        suppresses=frozenset({EventType.GROUND_CLASH}),
        factual=True,
        excludes=_HABITUAL,
    ),
    # a head of state or government seized by soldiers, the first act of a coup ("mutinous soldiers arrested
    # President Keïta", "Suu Kyi and President Win Myint were detained", "putting Mugabe under house arrest"): no
    # arrest by the police, and no house arrest told as a state it has been in
    ExtractionPattern(
        id="leader-detained",
        gate=("detain", "arrest", "custody"),
        type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        triggers=triggers(
            r"\b(?:detain(?:ed|ing)|arrest(?:ed|ing)) (?:the )?(?:[\w-]+ ){0,3}?(?:president|prime minister|"
            r"head of state)\b",
            r"\b(?:president|prime minister|head of state|leaders)\b(?: [\w.'’-]+){0,4}? (?:is|are|was|were|had been|"
            r"has been|have been) (?:\w+ )?(?:in (?:military )?custody|detained|arrested|placed under house arrest)\b",
            r"\bin military custody\b|\b(?:placed|placing|put|putting) (?:\w+ ){0,3}?under house arrest\b|"
            r"\bdetained (?:\w+ ){0,3}?(?:in|at) (?:a )?military (?:base|camp|barracks)\b",
            r"\b(?:soldiers|troops|mutineers|junta|putschists)\b[^;]{0,40}?\b(?:detained|arrested) (?:mr|ms|mrs|"
            r"president|prime minister|the president|the prime minister)\b",
        ),
        per_place=True,
        factual=True,
        excludes=re.compile(rf"{_HABITUAL.pattern}|\bden(?:ied|ies|y|ying)\b|\bpolice\b"),
    ),
    # a ship and its crew seized by pirates or an armed group: the crew are taken, whoever is named ("a cargo
    # vessel was hijacked off the coast", "pirates took control of the vessel"), and no battle was fought
    ExtractionPattern(
        id="ship-hijacking",
        gate=("hijack", "pirate", "seiz", "commandeer", "board", "control of"),
        type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        triggers=triggers(
            rf"\b(?:hijack(?:ed|ing)|commandeer(?:ed|ing))\b(?: (?:of )?(?:an? |the |another )?(?:[\w-]+ ){{0,3}}?"
            rf"{_VESSEL})?",
            r"\bpirates?\b[^;]{0,60}?\b(?:seized|seizing|boarded|raided|took control of|taken control of|captured|"
            r"kidnapped|abducted)\b",
            rf"\b(?:seized|seizing|boarded|took control of)\b (?:an? |the |another )?(?:[\w-]+ ){{0,3}}?{_VESSEL}\b",
            rf"\b{_VESSEL}\b[^;.]{{0,80}}?\b(?:(?:was|were|had been|has been) (?:\w+ )?)?(?:seized|boarded)\b",
        ),
        requires=re.compile(rf"\b{_VESSEL}\b|\b(?:crew|sailors|seafarers)\b"),
        unless=re.compile(
            r"\b(?:navy|naval forces|coast ?guards?|customs|police|authorities)\b[^;]{0,40}?\b(?:seized|"
            r"boarded|commandeered)\b"
        ),
        counts=TOLL_FIELDS,
        suppresses=frozenset({EventType.GROUND_CLASH}),
        factual=True,
        # a state enforcing sanctions: "seized a sanctioned tanker", "pursuant to a warrant"
        excludes=re.compile(
            rf"{_HABITUAL.pattern}|\bsanctioned (?:oil )?(?:tankers?|vessels?|ships?)\b|\bpursuant to a "
            r"(?:[\w-]+ ){0,2}?warrant\b|\bshadow fleet\b"
        ),
    ),
    ExtractionPattern(
        id="displacement",
        gate=(
            "deport",
            "to leave",
            "sheltering",
            "left the",
            "left their",
            "fled",
            "flee",
            "displac",
            "homeless",
            "evacuat",
            "forced",
            "their homes",
            "uprooted",
            "refuge",
            "leave their homes",
            "left their homes",
            "abandon",
            "return",
            "shelter",
            "refugee",
            "asylum",
            "returnee",
            "exodus",
            "flight of",
            "departure of",
            "movement of",
            "influx of",
            "arrival of",
            "arrivals of",
            "entered",
            "poured",
            "crossed",
            "crossing",
            "escap",
            "spill",
            "arrived",
            "arriving",
            "arrivals",
            "for their lives",
            "safer",
            "idp",
            "protection",
            "moved",
            "relocat",
            "hosts",
            "hosting",
            "evacuee",
            "sought safety",
            "for safety",
            "seek refuge",
            "found refuge",
            "found shelter",
            "found safety",
            "seek shelter",
            "seek safety",
            "escape their homes",
            "on the move",
            "brought back",
            "resettled",
            "repatriated",
            "relief camp",
            "staying in",
            "living in",
            "housed in",
            "accommodated in",
            "lodged in",
        ),
        type=EventType.DISPLACEMENT_REPORT,
        triggers=triggers(
            r"\b(?:fled|fleeing|flee|displaced|displacing|displaces?|displacements?|homeless|evacuated|evacuating|evacuates|"
            r"(?:forced|driven|chased) (?:from|out of) "
            r"their homes|uprooted|took refuge|taken refuge|taking refuge|sought refuge|seeking refuge|"
            r"(?:took|taken|taking) shelter|(?:ran|run|running) for (?:safety|their lives)|"
            r"sought shelter|sought safety|(?:to|and) seek (?:refuge|shelter|safety)|(?:have |has |had )?found "
            r"(?:refuge|shelter|safety)|"
            r"forced to escape (?:from )?their homes|forced to (?:evacuate|migrate)|"
            r"(?:leave|left|abandon(?:ed)?) their homes|abandon(?:ed|ing)? (?:the |their )?(?:villages?|towns?|"
            r"settlements?|communities) of|returned (?:home|to their homes)|returning (?:home|to their homes)|"
            r"(?:have|has) (?:reportedly |now |already )?returned|crossed into|crossing into)\b",
            r"\b(?:people|persons|individuals|residents|refugees|idps|returnees) (?:had |have |has )?(?:reportedly )?"
            r"returned (?:from|to)\b",
            # "about 18,500 people have left the area", "residents left the town"
            r"\b(?:people|persons|individuals|residents|civilians|villagers|families|households) (?:had |have |has )?"
            rf"(?:already |reportedly )?{LEFT_HOME}\b|"
            # "between 200 and 300 people are currently sheltering at the mayor's office"
            r"\b(?:people|persons|individuals|residents|civilians|villagers|families|households|idps)\b[^;]{0,40}?"
            r"\b(?:are|were|have been|had been) (?:currently |now |still )?sheltering (?:at|in|inside)\b",
            # "96 families have been brought back to the village"; "918 people are staying in six relief camps"
            r"\b(?:people|persons|individuals|residents|families|households) (?:have been |had been |were |was )?"
            r"(?:brought back|resettled|repatriated) (?:to|in)\b|\b(?:people|persons|individuals|families|households|"
            r"residents|villagers|civilians) "
            rf"(?:are |were )?(?:now |still )?{IN_RELIEF_SITES}\b",
            # people counted in shelters: "3,769 individuals are still housed in 39 sites", "seven collective shelters
            # remain operational, accommodating 236 individuals"
            r"\b(?:people|persons|individuals|families|households|idps) (?:are |were )?(?:now |still )?"
            rf"{IN_COUNTED_SHELTERS}\b|"
            r"\b(?:shelters|sites|centres|centers|camps|schools)\b[^;]{0,40}?\b(?:accommodating|housing|sheltering) "
            r"(?:about |some |over |more than |nearly |around )?[\d,.]+ (?:people|persons|individuals|families|"
            r"households|idps)\b",
            # "1,200 people escape Myawaddy into Mae Sot", "3,000 South Sudanese spilled over into Uganda"
            r"\bescap(?:e|es|ed|ing) (?:from )?(?:[\w-]+ ){0,3}?(?:into|across)\b|"
            r"\bspill(?:ed|ing|s)? over (?:into|across)\b",
            r"\b(?:refugees|asylum[- ]seekers|returnees|evacuees|exodus|crossed (?:the border|into|from)|(?:arrived|"
            r"arriving) (?:in|at|"
            r"to) (?:the )?(?:[\w()-]+ ){0,5}?(?:camps?|centres?|centers?|safer areas|"
            r"sites?)|number of (?:[\w-]+ ){0,2}?arrivals)\b",
            # people counted as arriving somewhere or seeking shelter: the counts are required
            r"\b(?:people|persons|individuals|families|households) (?:are |were |have been )?(?:now |still )?"
            r"(?:arriving|seeking "
            r"shelter|sheltering)\b|\b(?:people|persons|individuals|families|households|asylum[- ]seekers|"
            rf"{_RETURNING_PEOPLE}) (?:who )?(?:have |had |has )?(?:also |so far |now |already |reportedly )?(?:newly |"
            r"recently )?arrived\b|\b[\d,.]+ (?:new[- ])?arrivals\b|"
            # "some 1,000 people are crossing porous borders", "pushing 18,070 individuals towards safer grounds"
            r"\b(?:people|persons|individuals|families|households|refugees) (?:are |were )?crossing (?:the |porous )?"
            r"(?:[\w-]+ )?borders?\b|\btowards? safer (?:grounds?|areas|places|locations)\b",
            r"\b(?:idps|internally displaced (?:persons|people)|displacement of|evacuation of|(?:moved|relocated) "
            # (not a force that moved to act: "police moved to stop the clashes")
            r"(?:from|into|to(?! (?:stop|block|prevent|end|quell|halt|disperse|contain|secure|arrest|restore|clear|"
            r"break|seal|cordon|calm|protect|retake|recapture|evacuate)\b))|"
            r"sought protection|seeking protection|(?:hosts|"
            r"hosting|sheltering) (?:\w+ )?\d)\b",
            r"\b(?:forced|forcing|forces|prompted|prompting|caused|causing|pushed|pushing) (?:\w+ ){0,3}?[\d,.]+ "
            r"(?:\w+ ){0,2}?(?:to (?:flee|evacuate|relocate|leave)|into (?:hiding|(?:jungle |forest )?hideouts))\b|"
            r"\bhelped evacuate\b|"
            # people moved out by the authorities, or told as on the move
            r"\brelocated (?:about |some |over |more than |nearly |around )?[\d,.]+ (?:\w+ )?(?:people|civilians|"
            r"residents|families|individuals|persons)\b|\b(?:people|persons|civilians|individuals) (?:have been |"
            r"had been |are |were )?(?:now )?on the move\b|"
            r"\b(?:forced|forcing|forces|driven|drove|driving|drives) (?:over |more than |some |about |nearly |almost |"
            r"around |an estimated )?(?:[\d,.]+|half a|one|two|three|four|five|six|seven|eight|nine|ten|hundreds of|"
            r"(?:tens of |hundreds of )?thousands of) (?:million |thousand )?"
            r"(?:people |persons |civilians |residents |villagers |families |households )?(?:from|out of) their "
            r"homes\b|"
            r"\bevacuees\b",
            r"\bcrossed (?:to|over to|over into) (?:neighbou?ring|\w+)\b|"
            # "1,326 South Sudanese entered Uganda", "530,000 people poured back into South Sudan"
            r"\b(?:people|persons|individuals|refugees|nationals?|families|returnees|asylum[- ]seekers|civilians|"
            rf"{_UPROOTED_PEOPLES}|migrants) (?:who |that )?"
            r"(?:are estimated to have |have |had |has )?(?:now |already |so far |reportedly )?(?:entered|poured "
            r"(?:back )?into)\b|"
            # "had crossed over the Amu Darya river into Uzbekistan"
            r"\bcrossed (?:over )?(?:the )?(?:[\w-]+ ){0,3}?(?:river|border|frontier|lake) into\b",
            r"\bforced to leave (?:their )?(?:homes|areas of residence|villages|towns)\b|"
            # people sent back across a border: "the United States deported 258 Haitians", "13,000 migrants were
            # deported"
            r"\b(?:deported|deporting|deportations? of)\b",
            # refugees sent back by force: "4,000 Mozambicans were forcibly returned from Tanzania"
            r"\bforcibly (?:returned|repatriated|expelled|sent back)\b|\bforced returns? of\b",
            r"\b(?:flight|departure|movement|influx|arrivals?) of (?:more than |over |some |about |around |at least |"
            r"nearly |almost )?[\d,.]+ "
            r"(?:million |thousand )?(?:people|persons|civilians|residents|individuals|families)\b",
            # people counted going back to their country: "509,387 Syrians have returned to their country",
            # "857,157 Afghan Citizen Card holders had been repatriated to their respective countries"
            rf"\b(?:{_RETURNING_PEOPLE})\b[^;]{{0,50}}?\b(?:voluntarily )?(?:returned|returning|repatriated) to "
            r"(?:their |its )?(?:homeland|(?:home |native |respective )?countr(?:y|ies))\b",
        ),
        # and going back to a country named: "241 families were returned to Iraq"
        cased=(
            re.compile(
                rf"\b(?i:{_RETURNING_PEOPLE})\b[^;]{{0,50}}?\b(?:voluntarily )?(?:returned|returning|repatriated) "
                r"to (?!The\b)[A-Z][a-z]+"
            ),
        ),
        # a place's population, the displaced among it: "home to three million people, many displaced by the war";
        # the wounded taken to hospital
        unless=re.compile(
            r"\bhome to [^;]{0,80}?\bdisplaced\b|\bevacuated (?:[\w-]+ ){0,3}?to (?:a |the )?(?:[\w-]+ )?hospitals?\b"
            r"|\bmedically evacuated\b|\b(?:would|could|may|might|will) be displaced\b"
            # displaced people killed or attacked, one of the fleeing residents quoted
            r"|\bdisplaced (?:people|persons|civilians|families) (?:were|was) (?:\w+ )?(?:killed|burned|burnt|shot|"
            r"attacked|abducted|injured)\b|\bone of the (?:fleeing|displaced)\b"
            # the dead and the wounded carried away: "medics evacuated two martyrs"
            r"|\bevacuat\w* (?:\w+ ){0,2}?(?:martyrs|bodies|wounded|injured|casualties|patients|dead)\b"
            r"|\b(?:refugees|people|persons|returnees|migrants)\b[^;]{0,30}?\b(?:could|would|may|might|will|are|is) "
            r"(?:be )?expected to (?:arrive|flee|cross)\b"
            r"|\breturn\w* home from (?:the sea|sea|fishing|work|school|the market|market|the fields|the farm)\b"
            # a deportation demanded or feared, not done: "demanding that this group be deported"
            r"|\b(?:be|to be|should be|must be|would be|will be|could be|being) deported\b"
            # visitors who arrived, not people displaced: "a delegation of 12 people arrived in Cairo"
            r"|\b(?:delegations?|delegates|officials|diplomats|journalists|reporters|inspectors|observers|monitors|"
            r"experts|tourists|investigators|negotiators|mediators|envoys)\b[^;]{0,40}?\barrived\b"
            r"|\bmoved from house to house\b|\buproot\w* (?:[\w-]+ ){0,4}?(?:trees|saplings|seedlings|vines|crops)\b"
            r"|\b(?:soldiers|troops|fighters|militants|insurgents|rebels|gunmen|attackers|suspects|assailants|"
            r"perpetrators|kidnappers|robbers|guerrillas|terrorists|bandits|jihadi(?:st)?s|militiamen|armed "
            r"individuals|armed men|pirates|inmates|prisoners|detainees|convicts)\b[^;]{0,25}?\b(?:fled|flee|fleeing|"
            r"escaped|(?:sought|took|taken) "
            r"(?:refuge|shelter)|crossed into|returned home|returning home)\b"
            # kidnappers leaving with the people they took: "then fled with their captives"
            r"|\b(?:fled|escaped) (?:with|after taking|taking) (?:[\w-]+ ){0,4}?(?:captives|hostages|abductees|"
            r"victims|loot)\b"
            # what a camp can hold: "may soon exceed its capacity to accommodate 30,000 refugees"
            r"|\bcapacity (?:to (?:accommodate|host|house|shelter|hold|receive) |of |for )(?:a maximum of |up to |"
            r"about |some |around |nearly )?[\d,.]+ (?:[\w-]+ )?(?:refugees|people|persons|individuals|families|"
            r"idps|displaced)\b"
        ),
        counts=frozenset({"displaced", "children", "women"}),
        requires_counts=True,
    ),
    ExtractionPattern(
        id="infrastructure-damage",
        gate=(
            "supply",  # "cut the territory's gas supply"
            "uproot",
            "arson",
            "loot",
            "striking",
            "building",
            "home",
            "house",
            "housing",
            "hospital",
            "clinic",
            "health cent",
            "health facilit",
            "hut",
            "farmhouse",
            "granar",
            "high-rise",
            "kindergarten",
            "station",
            "outpost",
            "checkpoint",
            "post",
            "installation",
            "hub",
            "propert",
            "school",
            "road",
            "bridge",
            "power",
            "substation",
            "infrastructure",
            "system",
            "facilit",
            "water",
            "dam",
            "hydroelectric",
            "electric",
            "structure",
            "apartment",
            "church",
            "cathedral",
            "mosque",
            "market",
            "port",
            "rubble",
            "destr",
            "fire to",
            "fire on",
            "ablaze",
            "alight",
            "razed",
            "flatten",
            "torched",
            "torching",
            "incinerat",
            "blackout",
            "hit",
            "struck",
            "slammed",
            "targeted",
            "bulldoz",
            "razing",
            "destruction",
            "devastation",
            "damage",
            "burn",
            "detonat",
            "render",
            "blew up",
            "blown up",
            "fuel",
            "oil",
            "warehouse",
            "depot",
            "arsenal",
            "munition",
            "bombing",
            "shelling",
            "raid",
            "attack",
            "strike",
            "rained down",
            "fell on",
            "landed on",
            "harm",
            "factor",
            "on fire",
            "fire was",
            "fire seen",
            "fire reported",
            "fire broke out",
            "fire erupted",
            "fire raged",
            "fire burning",
            "fire started",
            "caught fire",
            "fire occurred",
            "fires were",
            "fires seen",
            "fires reported",
            "fires broke out",
            "fires erupted",
            "fires raged",
            "fires burning",
            "fires started",
            "fires occurred",
            "blaze",
            "caused",
            "causing",
            "disrupt",
            "cut off",
            "collaps",
            "debris",
            "bombed",
            "shelled",
            "vandali",
            "shatter",
            "windows",
            "ransack",
            "cases of damage",
            "destroyed",
            "flattened",
            "devastated",
            "ruined",
            "reduced to",
            "ruins",
            "ashes",
            "engulfed",
            "knocked out",
            "knocking out",
            "ripped through",
            "tore through",
            "torn through",
            "demolish",
            "obliterat",
            "levell",
            "leveled",
            "leveling",
            "smashed up",
            "smashing up",
            "afire",
            "gutted",
        ),
        type=EventType.INFRASTRUCTURE_DAMAGE,
        triggers=triggers(
            # trees uprooted: "settlers uprooted about 80 olive trees"
            r"\buproot\w* (?:[\w-]+ ){0,4}?(?:trees|saplings|seedlings|vines)\b",
            # aircraft and ships destroyed or damaged: "destroys helicopter", "a helicopter being completely destroyed"
            r"\b(?:destroy(?:s|ed|ing)?|damag(?:es|ed|ing)|burn(?:s|ed|t|ing)) "
            rf"(?:an? |the |two |three |its |their |\d+ )?{_NOT_DRONES}{{0,3}}?(?:{_CRAFT})\b|"
            rf"\b(?:{_CRAFT})\b[^;,]{{0,30}}?\b(?:was|were|been|being) "
            r"(?:\w+ )?(?:destroyed|damaged|burn(?:ed|t)(?: out)?|gutted|set (?:on fire|ablaze))\b",
            # sites stormed, then looted or vandalised: "stormed government offices, bank branches and shops, looting
            # and vandalising them"
            r"\b(?:stormed|attacked|raided)\b[^;]{0,80}?\b(?:offices|banks?|bank branches|shops|stores|buildings)\b"
            r"[^;]{0,40}?\b(?:looting|vandali[sz]ing|ransacking|torching|burning|setting fire to)(?: and (?:looting|"
            r"vandali[sz]ing|ransacking|torching|burning))? them\b",
            r"\bparliament(?: building| complex)?,? (?:was |had been |has been )?(?:set (?:ablaze|on fire|alight)|"
            r"torched|burn(?:ed|t)(?: down)?|gutted|vandali[sz]ed)\b",
            # homes burned by attackers a clause on; a cemetery bulldozed; a market razed
            r"\b(?:houses|homes|huts|buildings|shops)\b[^;]{0,60}?\b(?:have been|has been|were|was) (?:\w+ )?(?:burnt|"
            r"burned|torched|razed|destroyed) by\b",
            r"\bbulldoz(?:ed|ing) (?:the |a )?(?:\w+ ){0,2}?(?:cemetery|homes?|houses?|buildings?|mosques?|farms?|"
            r"fields?)\b|\braz(?:ed|ing) (?:the |its |their )?(?:\w+ ){0,2}?(?:market\w*|homes?|houses?|buildings?)\b",
            rf"\b(?:{_DAMAGE_TARGETS})\b[^;]{{0,90}}?\b(?:{_DAMAGED})\b",
            rf"\bcaus\w* (?:a )?(?:part of |parts of |sections? of )?(?:the |a |an )?(?:\w+ )?(?:{_DAMAGE_TARGETS}) to "
            r"(?:partially )?collapse\b",
            rf"\b(?:{_DAMAGING})\b[^;]{{0,50}}?\b(?:{_DAMAGE_TARGETS})\b",
            r"\bpropert(?:y|ies) (?:destruction|damage)\b|\baffected (?:homes|houses|buildings|dwellings)\b",
            # "attacks have rendered 1,500 houses unusable"
            rf"\brender(?:ed|ing|s)? (?:[\w,’'-]+ ){{0,6}}?(?:{_DAMAGE_TARGETS})\b[^;]{{0,60}}?\b(?:unusable|"
            r"uninhabitable|inoperable|out of (?:service|action))\b",
            r"\bcaus(?:ed|ing) (?:heavy |extensive |significant |major |serious |widespread |considerable )?damage\b",
            # hospitals the fighting put out of use: "39 out of 59 hospitals are now out of service"
            r"\b(?:hospitals|health (?:facilities|centres|centers)|clinics)\b[^;]{0,40}?\b(?:are|were|remain\w*|"
            r"have been|had been) (?:now |still |all )?(?:out of service|non-functional|forced to close)\b",
            # a site that took damage; houses burned by arsonists
            rf"\b(?:{_DAMAGE_TARGETS})\b[^;]{{0,40}}?\b(?:sustained|suffered) (?:[\w-]+ ){{0,2}}?(?:damage|"
            r"destruction|direct hits?)\b|\barson\b",
            # a weapon that hit a site: "the missile hit some of the city's industrial infrastructure"
            r"\b(?:strikes?|missiles?|drones?|shells?|bombs?|rockets?|bombing|bombardment|shelling) (?:also )?"
            r"(?:hit|struck) "
            rf"(?:[\w’'-]+,? ){{0,5}}?(?:{_DAMAGE_TARGETS}|fuel tanks)\b",
            r"\b(?:looting|looted|vandali[sz]\w*)\b[^;]{0,40}?\bpropert(?:y|ies)\b",
            r"\b(?:fired|launched|slammed|crashed) (?:[\w-]+ ){0,3}?into (?:an? |the )?(?:[\w-]+ )?(?:house|home|"
            r"building|"
            r"apartment)\b",
            r"\b(?:missiles?|drones?|strikes?|shells?|rockets?|attacks?|blasts?) (?:caused|causing) (?:\w+ )?damage\b",
            r"\b(?:smash(?:ed|ing)|shatter(?:ed|ing)|blew out|broke|breaking) (?:the )?(?:[\w-]+ )?windows\b|"
            r"\bburning (?:buildings|homes|houses|shops)\b|\bwindows (?:were |was )?(?:smashed|shattered|"
            r"blown out|broke|broken)\b|\bwindows (?:of|in) [^;]{0,50}?\b(?:were|was|had been|have been) "
            r"(?:\w+ )?(?:smashed|shattered|blown out|broken)\b",
            # fires seen at a site; damage said to come from the attack, whatever it was done to
            rf"\b(?:fires?|blazes?) (?:were |was )?(?:seen|reported|broke out|erupted|raged|burning|started|"
            rf"occurred) (?:at|in|on the (?:territory|premises|grounds) of) (?:an? |the )?(?:[\w-]+ ){{0,2}}?"
            rf"(?:{_DAMAGE_TARGETS})\b",
            r"\bdamage (?:was |has been |had been )?caused by (?:the )?(?:[\w-]+ )?(?:explosions?|blasts?|strikes?|"
            r"shelling|missiles?|drones?|rockets?|debris|bombing|bombardment)\b",
            # whole villages burned or razed
            r"\b(?:burn(?:ed|t|ing)|torched|torching|razed|razing|set (?:fire to|ablaze)|flattened) (?:down )?"
            r"(?:the |a |an )?(?:\w+ ){0,2}?(?:villages?|hamlets?|settlements?)\b|"
            # "angry crowds setting ablaze political parties' headquarters and local government buildings"
            r"\bsett?(?:ing)? (?:ablaze|alight|on fire) (?:[\w’'-]+ ){0,4}?(?:headquarters|offices|buildings?|"
            r"houses|homes|shops|stations?)\b|"
            r"\b(?:villages?|hamlets?|settlements?)\b[^;]{0,30}?"
            r"\b(?:were|was|had been|have been) (?:\w+ (?:and )?)?(?:burn(?:ed|t)|torched|razed|set ablaze|set on fire|"
            r"set alight|"
            r"flattened)\b",
            rf"\b(?:{_ENERGY})\b[^;]{{0,40}}?\b(?:hit|struck|targeted)\b",
            # "critical infrastructure near the central city of Kropyvnytskyi was also hit"
            r"\b(?:critical|civilian|energy|port|transport|industrial|military|key|vital) infrastructure\b"
            r"(?: [\w’'-]+){0,6}? (?:was|were|has been|have been|had been) (?:also |reportedly |again )?(?:hit|struck|"
            r"damaged)\b",
            rf"\b(?:{_DAMAGE_TARGETS}) (?:that |which )?(?:were|was|(?:have|has|had)(?: also)? been) (?:also |"
            rf"reportedly |"
            r"directly )?"
            r"(?:hit|struck)\b",
            rf"\bset (?:an? |the |their |its )?(?:[\w-]+ ){{0,2}}?(?:{_DAMAGE_TARGETS}|villages?|hamlets?|"
            rf"settlements?) "
            r"(?:on fire|ablaze|alight)\b",
            rf"\b(?:{_DAMAGE_TARGETS}) (?:were|was|have been|had been) (?:\w+ )?affected by (?:the )?(?:air ?strikes|"
            r"airstrikes|shelling|strikes|bombing|bombardment)\b",
            # a war's damage told as area: "has destroyed vast areas of the enclave"
            r"\b(?:destroyed|devastated|flattened|razed) (?:vast|large|wide|huge|entire) (?:areas|swaths|swathes|parts|"
            r"tracts|neighbou?rhoods) of\b",
            r"\b(?:hit|hitting|struck|striking) (?:[^;,.]{0,30}? )?(?:an?|the) (?:[\w-]+ )?(?:house|home|"
            r"(?:residential|apartment|high-rise|[\w-]+-stor(?:e)?y|multistor(?:e)?y) (?:building|block)|apartment)\b",
            r"\b(?:have|has|had|left with|were left with) no (?:power|electricity|heating)\b|"
            r"\b(?:power|electricity|water) (?:outages?|blackouts?)\b|\boutages? (?:in|of) (?:electricity|power|"
            r"water)\b",
            rf"\b(?:crumpled|collapsed|gutted|charred|burnt-out|burned-out) (?:[\w-]+ ){{0,2}}?(?:{_DAMAGE_TARGETS})\b",
            rf"\b(?<!stop )(?<!halt )(?<!cease )(?<!from )(?:hit|hitting|struck|striking|targeted|targeting|cut)\b"
            rf"[^;]{{0,40}}?\b(?:{_ENERGY})\b",
            r"\bknock\w* out (?:power|electricity)\b|\bwithout (?:power|electricity|water|heating)\b|"
            # supplies cut by an attack: "strikes on energy facilities disrupted access to electricity and water"
            rf"\bdisrupt\w* (?:the )?(?:access to )?(?:{_SUPPLY})(?: and (?:{_SUPPLY}))? (?:supply |supplies )?|"
            rf"\b(?:{_SUPPLY})(?: and (?:{_SUPPLY}))? (?:supply |supplies )?(?:was|were|has been|have been) (?:\w+ )?"
            r"(?:disrupted|cut off)\b|"
            rf"\b(?:{_SUPPLY})(?: and (?:{_SUPPLY}))? (?:supply |supplies )?cut off\b|"
            # one strike on an energy site (not a kind of strike banned); supplies an attack cut: "drone and shelling
            # attacks … cut off power to 1,500 households"
            rf"(?<!stop )(?<!halt )(?<!ban on )(?<!no )\b(?:strike|attack) on (?:an? |the )?(?:[\w-]+ ){{0,2}}?"
            rf"(?:{_ENERGY})\b|"
            rf"\b(?:strikes?|attacks?|shelling|drones?|missiles?|bombing)\b[^;]{{0,100}}?\b(?:cut|cutting|knocked|"
            rf"knocking) off (?:the )?(?:{_SUPPLY})(?: supply| supplies)? (?:to|for)\b|"
            r"\bpower (?:cuts|outages?)\b|(?<!announced )(?<!ordered )(?<!declared )\bblackouts?\b"
            r"(?! (?:were|was) imposed)|\bcaused by (?:falling )?debris\b|\bfalling debris (?:caused|sparked|started|"
            r"damaged|hit)\b|"
            r"\bdestr(?:oyed|uction of|oying) (?:the |this |that |much of the |most of the )?(?:entire |"
            r"whole )?(?:city|town|village|neighbourhood|"
            r"neighborhood|camp|district)\b|"
            r"\breduc(?:ed|ing|es?) (?:[\w’'-]+ ){0,4}?to (?:[\w-]+ )?(?:rubble|ruins|ashes)\b|"
            r"\bclear(?:ed|ing)? (?:the )?rubble\b",
            rf"\b(?:strikes?|airstrikes?|missiles?|drones?|shells?|bombs?|rockets?|attacks?|raids?) (?:also )?(?:hit|"
            rf"struck|slammed into) (?:\w+ ){{0,3}}?(?:{_DAMAGE_TARGETS})\b",
            # the projectile and what it hit a clause apart ("a guided bomb fired by ... hit a supermarket")
            rf"\b(?:strikes?|airstrikes?|missiles?|drones?|shells?|bombs?|rockets?|attack|raids?|warplanes?|jets?|"
            rf"aircraft|artillery fire|shelling)\b[^;]{{0,40}}?"
            rf"\b(?:hit|hits|hitting|struck|striking|slammed into|crashed into|collapsing|flattening|bombed|shelled) "
            rf"(?:an? |the )?"
            rf"(?:[\w-]+ ){{0,2}}?(?:{_DAMAGE_TARGETS})\b",
            r"\b(?:sustained|suffered) (?:\w+ )?damages?\b|\b(?:property|infrastructure|structural) damage\b|"
            r"\bdebris of (?:the )?(?:[\w-]+ )?(?:buildings?|homes?|houses?)\b|\bdebris-strewn\b|"
            r"\breports? of damage\b|\bdestruction caused by\b|\bhitting (?:homes|houses|buildings)\b|"
            r"\bdestruction (?:was |has been |had been )?reported\b|\bcases of damage\b|"
            r"\b(?:city|town|village|city cent(?:er|re)|town cent(?:er|re)|neighbou?rhood)s? (?:is|are|was|were|"
            r"has been|"
            r"is being|are being) (?:\w+ )?(?:destroyed|razed|flattened|devastated|ruined)\b|"
            r"\b(?:view|viewing|inspect\w*|survey\w*|assess\w*) (?:the )?(?:destruction|devastation|damage)\b|"
            r"\b(?:view|scene|aftermath|images?|pictures?) of (?:the )?(?:destruction|devastation|damage)\b|"
            r"\bburn\w* (?:\w+ ){0,2}?to the ground\b",
            r"\b(?:fuel (?:tanks?|depots?|storage)|oil (?:depots?|terminals?|facilit(?:y|ies))|"
            rf"{_ARMS_DEPOTS}|warehouses?)\b[^;]{{0,30}}?\b(?:burns?|"
            r"burning|ablaze|on fire|caught fire|exploded|blew up|detonated)\b",
            # blasts and fires at a depot of arms or fuel: "a fire occurred at the ammunition depot"
            r"\b(?:explosions?|blasts?|fires?|detonations?)\b[^;]{0,40}?\b(?:at|struck|hit|rocked|in) (?:an? |the )?"
            rf"(?:[\w’'-]+ ){{0,3}}?(?:{_ARMS_DEPOTS}|fuel (?:depots?|dumps?|warehouses?|stores?|storage))\b",
            r"\b(?:rained down|fell|landed) on (?:[\w,“”' ]+ )?(?:buildings|homes|houses|hospitals|schools)\b",
            r"\b(?:severe|extensive|heavy|significant|considerable|major|serious|widespread|material|"
            r"property) (?:material )?damages?\b|"
            r"\b(?:harm|damage) (?:was|were) (?:also )?(?:done|caused) to\b|\bdamage (?:caused )?to (?:the |"
            r"a )?(?:\w+ )?(?:"
            rf"{_DAMAGE_TARGETS})\b|\b(?:struck|hit) (?:several |two |three |many |a number of )?(?:civilian |"
            rf"residential )?"
            r"(?:homes|houses|buildings)\b",
        ),
        # weather and earthquakes: damage, but not the conflict's
        excludes=re.compile(
            r"\b(?:strong winds|heavy rains?|floods?|flooding|cyclones?|earthquakes?|landslides?|storms?|monsoon|"
            r"wildfires?)\b(?:[^;]|\.\d){0,160}?\b(?:hit|damaged|destroyed|struck|swept|razed|crippled|flattened|"
            r"levell?ed)\b"
            r"|\b(?:damaged|destroyed)\b[^;]{0,30}?\b(?:due to|by|because of) (?:the )?(?:high |strong |heavy )?"
            r"(?:winds|rains?|storms?|floods?|flooding)\b"
            # damage whose extent nobody knows yet; destruction told as a habit
            r"|\b(?:extent|number|scale) of (?:the )?(?:[\w-]+ (?:and )?){0,3}?(?:damage|destruction|homes burned)\b"
            r"[^;]{0,30}?\b(?:remains?|is|was) (?:still )?(?:uncertain|unclear|unknown|not known)\b"
            r"|\bno information\b[^;]{0,60}?\b(?:damage|homes|houses|buildings)\b"
            rf"|{_HABITUAL.pattern}|{_EXERCISE}"
        ),
        unless=re.compile(
            # vehicles set alight are the attack's evidence, not damage to a building ("torched fuel tankers", "a
            # motorbike was reduced to ashes"); damage only wondered about ("it was unclear if the ship was damaged")
            r"\b(?:torched|set (?:on )?fire to|set ablaze|burn(?:ed|t)(?: out)?) (?:[\w-]+ ){0,3}?(?:fuel tankers?|"
            r"tankers|trucks|lorries|vehicles|cars|buses|motorbikes|motorcycles|trailers)\b|\b(?:motorbikes?|"
            r"motorcycles?|cars?|vehicles?) (?:was|were) reduced to ashes\b|\b(?:unclear|not clear|not known|unknown) "
            r"(?:if|whether)\b[^;]*|"
            # losses inflicted on fighters, not on buildings: "the strikes caused significant damage to enemy forces"
            r"\bdamage (?:to|on) (?:the )?(?:enemy|hostile|russian|ukrainian|rebel|militant)? ?(?:forces|troops|"
            r"personnel|manpower|units|fighters)\b|"
            # tyres burned by protesters are a protest's barricades, not damage; arson as a court's charge
            r"\b(?:burn(?:ed|ing|t|s)?|set fire to|torched|set ablaze) (?:\w+ ){0,3}?(?:tyres|tires)\b|"
            r"\b(?:charges?|charged|convicted|guilty|counts?) (?:with |of )?(?:[\w-]+,? ){0,6}?arson\b|"
            # an armed group's bases or camps destroyed: not the infrastructure the guide means
            r"\bdestroy\w* (?:an? |the |\w+ )?(?:[\w-]+ ){0,2}?(?:bases?|camps?|hideouts?|aircraft|planes?)\b"
            r"(?! (?:of|for|housing|hosting) (?:the )?(?:displaced|idps?|refugees))|"
            r"\b(?:past|among|amid|through|near|between|of|with|beside) (?:the )?(?:destroyed|damaged|ruined|"
            r"bombed-out) "
            r"(?:buildings|homes|houses)\b|\b(?:destroyed|damaged) (?:in|during) the (?:war|conflict|fighting)\b|"
            r"\b(?:communications?|internet|media|news|telecommunications?) blackouts?\b|"
            # a blackout ordered for safety, not a grid hit: "a complete blackout has been enforced", "amid blackout"
            r"\b(?:emergency blackouts?|blackouts? (?:and (?:[\w-]+ ){1,3}?)?(?:were|was|has been|have been|had "
            r"been|is|are) (?:\w+ )?(?:imposed|announced|ordered|declared|enforced)|(?:imposed|enforced) (?:a |an )?"
            r"(?:complete |total |emergency )?blackouts?|amid (?:a |the )?(?:[\w-]+ )?blackouts?)|\bblackouts? of "
            r"(?:internet|communications?|telecommunications?|mobile)\b"
            # damage denied, or done by the weather
            r"|\b(?:no|not|without|nor)\b[^;]{0,25}?\b(?:significant |major |serious |extensive |material )?damage\b"
            r"|\baimed at (?:destroying|damaging)\b"  # a purpose ascribed, not damage done
            r"|\bno (?:[\w-]+ ){0,3}?(?:facilities|buildings|infrastructure|homes|houses|sites)\b (?:were|was) "
            r"(?:\w+ )?(?:hit|damaged|struck|destroyed)\b"
            r"|\bshot down and destroyed\b"  # a drone or missile downed, not a site damaged
            r"|\b(?:rains?|floods?|flooding|storms?|cyclones?|earthquakes?|landslides?) (?:also )?"
            r"(?:destroyed|damaged)\b"
            r"|\bburn\w* (?:beyond recognition|to death)\b"  # people, not buildings
        ),
        counts=frozenset({"buildings"}),
        per_place=True,
    ),
    ExtractionPattern(
        id="un-session",
        gate=(
            "security council",
            "general assembly",
            "human rights council",
            "special session",
            "emergency session",
            "unsc",
            "resolution",
            "veto",
            "closed council",
            "closed-door council",
            "council members",
            "assembly members",
            "-member council",
            "193-",
        ),
        type=EventType.UN_SESSION,
        triggers=triggers(
            r"\b(?:security council|general assembly|human rights council)\b[^;]{0,60}?\b(?:meet\w*|session|convene\w*|"
            r"vote\w*|debate\w*|briefed|hold|held|authori[sz]ed|renewed|approved|hears|"
            r"heard)\b|\bsecurity council\b[^;]{0,30}?\b(?:ended|"
            r"extended|terminated|(?:agreed|voted|decided) to (?:extend|end|renew)) (?:the )?(?:[\w.’'-]+ ){0,6}?"
            r"mandate\b",
            r"\b(?:special|emergency) session\b",
            # "the Security Council on Thursday adopted a UK-drafted resolution", "the 15-member council unanimously
            # adopted a resolution", "addressed a closed council meeting"
            r"\b(?:unsc|security council) (?:resolution|vote|meeting)\b|\b(?:meeting|session|sitting) of the "
            r"(?:un |u\.n\. |united nations )?(?:security council|general assembly|human rights council)\b|"
            r"\b(?:security council|general assembly|"
            r"15-member council|193-(?:member|nation) (?:body|assembly)) (?:\w+ ){0,3}?(?:adopted|passed|approved|"
            r"voted|endorsed|rejected|vetoed|blocked|imposed|renewed) (?:an? |the )?(?:[\w-]+ ){0,2}?"
            r"(?:resolution|arms embargo|embargo|sanctions)\b|\b(?:15-member council|193-(?:member|nation) (?:body|"
            r"assembly)|council members|assembly members) (?:\w+ )?voted\b|"
            r"\bresolution (?:was |were )?(?:adopted|passed|vetoed)\b|\bclosed(?:-door)? (?:security )?"
            r"council (?:meeting|session|consultations)\b",
            r"\bvetoed (?:a |the )?(?:[\w.-]+ ){0,4}?(?:resolution|draft)\b|"
            r"\bwield(?:ed|s|ing)? (?:its|their|a) veto\b|"
            r"\b(?:told|briefed|briefs|addressed|addresses|addressing) the (?:un |u\.n\. |"
            r"united nations )?(?:security|human rights) council\b",
            r"\b(?:passed|adopted|approved|endorsed) (?:unanimously )?by the (?:u\.?n\.? |un |united nations )?"
            r"(?:security council|general assembly)\b",
            # an envoy's briefing given to the council: "Briefing to the Security Council on the situation in …"
            r"\b(?:briefing|briefs|remarks|statement|address|message)\b[^;]{0,80}?\bto the (?:un |u\.n\. |"
            r"united nations )?(?:human rights council\b|"
            r"security council\b)",
        ),
        # a country's own council: "an extraordinary security council meeting", "a security council in Cauca"
        unless=re.compile(
            rf"\b{_STATE_SECURITY_COUNCIL}"
            rf"|{_CHAIRED_SECURITY_COUNCIL}"
            r"|\b(?:extraordinary|local|departmental|municipal|provincial|state) security council\b"
            r"|\ba security council (?:in|at)\b"
            r"|\b(?:russian|ukrainian|iranian|israeli|turkish|armenian|azerbaijani|pakistani|indian|afghan|iraqi|"
            r"syrian|"
            r"sudanese|lebanese|yemeni|somali) security council\b"
            r"|\bsecurity council (?:deputy )?(?:chairman|secretary)\b"
        ),
        places=(
            (re.compile(r"human rights council"), "Geneva"),
            (re.compile(r"security council|general assembly"), "New York"),
        ),
        confidence=0.95,
    ),
    ExtractionPattern(
        id="threat",
        gate=(
            "not tolerate",
            "be answered with",
            "be met with",
            "urged",
            "told to",
            "asked to",
            "warned to",
            "bomb threat",
            "declared",
            "retaliation",
            "reprisal",
            "preparing to",
            "prepared to",
            "to prepare for",
            "ready to",
            "determined to",
            "resolved to",
            "avoid",
            "warnings from",
            "warning from",
            "threat",
            "vow",
            "press on",
            "control of",
            "options",
            "or else",
            "open war",
            "all-out war",
            "full-scale war",
            "total war",
            "to come",
            "hint",
            "warn",
            "expand",
            "step up",
            "respond",
            "harsh",
            "would hit",
            "continue",
            "go on",
            "resume",
            "hesitate",
            "curfew",
            "prohibitory",
            "evacuat",
            "promise",
            "hunt down",
            "hunted",
            "come down",
            "ultimatum",
            "retaliate",
            "revenge",
            "avenge",
            "blackout",
            "lockdown",
            "roadblock",
            "mobili",
            "prepare for",
            "closure of",
            "blockade",
            "spared",
            "authori",
            "use force",
            "using force",
            "use of force",
            "ready for",
            "resist",
            "drill",
            "exercises",
            "war game",
            "wargame",
            "right to",
            "state of siege",
            "state of exception",
            "state of external",
            "state of internal",
            "radar",
            "befitting",
            "crushing",
            "state of emergency",
            "states of emergency",
            "security emergency",
            "face the",
            "be ready to face",
            "to shoot",
            "take up arms",
            "will",
            "would",
            "reserve",
            "stay away",
            "keep away",
            "not to return",
            "not to approach",
            "force",
            "lay down",
            "surrender",
            "disarm",
            "withdraw",
            "leave",
            "pull out",
            "deadline",
            "back",
            "cover",
            "pledg",
            "promis",
            "launch",
            "carry out",
            "mount",
            "begin",
            "start",
            "martial",
            "emergency",
            "travel",
            "price",
            "shelter",
            "alert",
            "combat readiness",
            "war footing",
            "military action",
            "until",
            "unanswered",
            "unpunished",
            "consequences",
            "all costs",
            "any cost",
            "whatever",
            "set for",
            "warning to",
            "plans to",
            "plan to",
            "vengeance",
            "indoors",
            "at home",
            "call to evacuate",
            "or face",
            "surrender or",
            "leave or",
            "convert or",
            "final warning",
            "displacement order",
            "military response",
            "targets",
            "will not stop",
            "with fire",
            "ordering",
            "leaflet",
            "flyers",
            "pamphlets",
            "vacate",
            "ordered",
            "instructed",
            "in their homes",
            "responsibility for",
            "decisive",
            "sight",
            "to-kill",
            "without warning",
            "internal armed",
            "to kill",
            "death",
            "widen",
            "will fight if",
            "will retaliate if",
            "will respond if",
            "will strike if",
            "ready for any",
            " until",
            "promised to",
            "pledged to",
            "warning that",
            "hours to",
            "days to",
            "subject to",
            " war",
            "punishment",
            "launch of",
            "sleep in",
            "evacuate",
            "demolish",
            "demolition",
            "prohibited",
            "forbidden",
            "banned until",
            "ban ",
            "rebuff",
            "section 144",
            "banned",
            "banning",
            "bans ",
            "restrictions",
            "resolve to",
            "advised to",
            "exposed to danger",
            "week to",
            "weeks to",
            "rule out",
            "ruled out",
            "ruling out",
            "no mercy",
            "relocate",
            "standby force",
            "continuation of",
            "be a warning",
            "time has come",
            "imminent",
            "get ready",
            "final phase",
            "no-fly",
            "no-go",
            "military zone",
            # an offensive said to be coming (not "will launch operations in Kenya", a firm's)
            "launch offensive",
            "launch an offensive",
            "launch a military",
            "launch military",
            "launch a ground",
            "launch ground",
            "launch attacks",
            "launch an assault",
            "launch a major",
            "launch a full",
            "dearly",
            "how to defend",
            "how to protect",
            "bite the dust",
            "choice but",
            "option but",
            "paused",
            "suspended",
            "escalat",
            "strait of",
            "to move",
            "action against",
            "lock-down",
            "hunted down",
            "freedom to",
            "decision to",
            "decision on",
            "d-day",
            "co-belligerent",
            "to intervene",
            "patience",
            "take action",
            "forced to defend",
            "list of",
        ),
        type=EventType.THREAT_STATEMENT,
        triggers=triggers(
            r"\b(?:threaten(?= to\b| (?:an? |new |fresh )?(?:counter-?offensive|offensive|attacks?|assault|retaliation|"
            r"reprisals?)\b)|"
            # a threat of force, not of a boycott, a strike or a lawsuit, nor a danger's ("unions threatened to stop
            # oil production", "a fire threatened to engulf their floor")
            r"(?:threatened|threatens|threatening)(?! to (?:boycott|resign|quit|strike|go on strike|withhold|stop|halt|"
            r"impeach|sue|take legal|shut down|engulf|overwhelm|fan|contaminate|pollute|derail|disrupt|walk out)\b)|"
            # a vow of force, not of peace, help or reform ("vowed to speed up the release of prisoners"), nor to go
            # on protesting ("vowed to continue demonstrations", "vowed to camp out")
            r"(?:vowed|vows|vowing)(?! not to (?:give up|surrender|abandon|cede|retreat|leave)\b)"
            r"(?! to (?:continue (?:the |their |its )?(?:protests?|protesting|demonstrat\w*|sit-ins?)|camp|remain|"
            r"stay)\b)"
            r"(?! to (?:speed|end|avoid|release|rebuild|restore|protect|support|help|provide|work|"
            r"hold|"
            r"investigate|bring|ensure|improve|reform|free|return|respect|uphold|honou?r|continue (?:the )?(?:peace|"
            r"talks|dialogue)|do (?:(?:its|his|her|their|our|my) )?(?:utmost|best)\b|"
            # "vows to do his utmost to keep the cease-fire": a vow to keep the peace
            r"(?:keep|maintain|preserve|salvage|save|achieve|seek|pursue|promote) (?:the |a |an )?(?:[\w-]+ )?"
            r"(?:peace|ceasefire|cease-fire|truce|calm|agreement|deal|settlement|solution)\b))|"
            r"warned (?:that )?\w+ (?:would|will)|"
            # a warning in the first person, a reach promised: "I warn the leaders …: Israel's long hand will reach you"
            r"(?:i|we) warn|long (?:hand|arm) (?:of (?:[\w-]+ ){1,2})?(?:will|would|can) reach|"
            # a warning of a crisis, or of violence growing, is an alarm raised, not force threatened
            rf"warn(?:s|ed)? of(?! (?:an? |the )?(?:[\w-]+ ){{0,2}}?(?:humanitarian|famine|hunger|starvation|disease|"
            rf"outbreak|crisis|catastrophe|situation)|{_GROWING_VIOLENCE})|prepared to expand|expand the (?:campaign|"
            r"operation|offensive|war)|war expansion|"
            r"step up (?:strikes|attacks)|respond (?:forcefully|decisively|firmly|harshly)|harsh\W* response|would hit|"
            r"ultimatum|hunt down|(?:will|would) (?:\w+ly )?(?:pay|be punished)|calls? for (?:revenge|vengeance)|"
            r"(?:will|would|"
            r"vow\w*|promis\w*|threaten\w*|pledg\w*) "
            r"(?:to )?[“\"']?(?:retaliate|avenge|take revenge|seek revenge|exact revenge|respond|punish|hunt|pursue|"
            r"track down|crush|wipe out)|"
            r"we (?:will|shall) (?:hunt|pursue|chase|track|crush|eliminate|destroy|wipe out))\b",
            r"\b(?:offensive|campaign|operations?|attacks|strikes|war|fight|fighting|battles|struggle) "
            r"(?:(?:against|on|in) (?:[\w-]+ ){1,3}?)?"
            r"(?:would|will) (?:continue|go on)\b",
            # forces told to get ready for force, or saying they are: "instructed the IDF to prepare for a possible
            # ground offensive", "the armed forces remain fully prepared to defend", "prepared to conduct an operation"
            r"\bto prepare for (?:a |an |the |any )?(?:possible |potential |future |significant |wider |new )*"
            r"(?:[\w-]+ ){0,2}?(?:offensive|intervention|operation|invasion|war|scenario|escalation|broadening|"
            r"attack)\b|"
            r"\b(?:well-|fully )?prepared to (?:defend|confront|respond|retaliate|strike|fight|repel|conduct|act|widen|"
            r"expand|escalate|intensify|broaden)\b|"
            r"\bready to (?:widen|expand|escalate|intensify|broaden) (?:its|the|their) (?:offensive|operations?|"
            r"campaign|war|strikes|attacks)\b",
            # a show of force promised or authorised: hints at "severe" action, the cabinet authorising a response
            r"\b(?:hint\w*|warn\w*|threaten\w*) (?:at |of )?[“\"']?(?:severe|harsh|tough|decisive|forceful|"
            r"strong)[”\"']? (?:action|response|measures|consequences|reaction)\b|"
            r"\bauthori[sz](?:ed|es|ing)\b[^;]{0,80}?"
            r"\bto (?:retaliate|strike back|hit back|respond to (?:the |this |that )?(?:attack|aggression))\b|"
            r"\bfaces? (?:[\w-]+ )?retaliation\b",
            # "those involved will not be spared", "will be hunted to the last man", "will come down heavily on the
            # perpetrators", "reserves the full right to respond", "a state of siege", "called on citizens to take up
            # arms"
            r"\b(?:will|would|shall) not be spared\b|\b(?:will|would|shall) be (?:hunted|tracked|chased) "
            r"(?:down|to the last)\b|\b(?:will|would|shall) come down (?:heavily|hard) on\b|"
            r"\breserv(?:es?|ed|ing) (?:any |the |its |the full )?right to (?:an? (?:[\w-]+ )?response\b|"
            r"[“\"']?(?:respond|retaliate|defend|resume|confront|protect)\b)|"
            r"\b(?<!authority of the )(?<!authorities of the )state of (?:siege|exception|"
            r"external disturbance|internal commotion)\b|\b(?:called on|"
            r"calls on|calling on|urged) (?:\w+ ){0,3}?to take "
            r"up arms\b",
            # a fighter's fire-control radar locked on another's aircraft: "twice directed its radar onto an F-15"
            r"\b(?:locked|directed|aimed|pointed|illuminated)\b[^;]{0,60}?\b(?:fire-control |fire control |targeting )?"
            r"radar (?:on|onto|at)\b|\b(?:illuminated|locked on(?:to)?)\b[^;]{0,40}?\bwith (?:its |their )?"
            r"(?:fire-control|fire control|targeting) radar\b",
            # residents warned or told to leave or stay indoors; force authorised
            r"\bordered (?:the |its |their )?(?:armed forces|army|military|troops|police|security forces|fighters|"
            r"militants|members|cadres) to (?:\w+ ){0,2}?(?:stage|resume|"
            r"reactivate|launch|intensify|step up|begin|start|act|carry out|crush|wipe out|eliminate|flush out)\b|"
            # "ordered troops deployed along the Syrian border to retaliate against fire"
            r"\border(?:ed|ing) (?:the |its |their )?(?:[\w-]+ )?(?:armed forces|army|military|troops|units|soldiers)\b"
            r"[^;]{0,60}?\bto (?:retaliate|respond to (?:\w+ ){0,2}?fire|return fire|fire back)\b|"
            # lethal force allowed: "has authorized the use of lethal force by the police and army against gangs"
            r"\b(?:authori[sz](?:ed|es|ing)|allow(?:ed|s|ing)|empower(?:ed|s|ing)|permitt?(?:ed|s|ing))\b[^;]{0,60}?"
            r"\b(?:use|using) (?:of )?[“\"']?(?:lethal|deadly) force\b",
            r"\b(?:warned|warns|warning|told|tells|telling|directed|ordered|ordering|urged|urging|instructed|"
            r"appealed to|asked|called on|calls on) (?:[\w,]+ ){0,6}?to (?:evacuate|stay indoors|stay at home|"
            r"stay home|"
            r"stay in their homes|leave their homes|avoid travel|stay in (?:a |their )?safe (?:place|areas?)|"
            r"avoid (?:the )?areas? (?:near|around|of)|flee to safe(?:r)? areas)\b|"
            r"\bordered (?:the )?(?:villagers|residents|civilians|people|inhabitants) out of (?:their )?"
            r"(?:homes|houses|villages?)\b",
            r"\b(?:will|would|shall) bear (?:the )?(?:full )?responsibility for\b|\b(?:more )?(?:severe|decisive|"
            r"crushing|forceful|maximum)(?: and (?:severe|decisive|harsh|crushing|forceful))? "
            r"(?:response|retaliation)\b",
            r"\b(?:warned|warns|told|tells) (?:the )?(?:residents|civilians|people|inhabitants) (?:\w+ ){0,3}?"
            r"that they (?:should|must|had to|have to) (?:evacuate|leave)\b|"
            # "had warned on social media that people should leave the area immediately"
            r"\bwarn(?:ed|s|ing) (?:[\w-]+ ){0,4}?that (?:the )?(?:people|residents|civilians|inhabitants|everyone) "
            r"(?:should|must|had to|have to|needed to) (?:evacuate|leave)\b",
            r"\bauthori[sz]ed to use (?:all |any )?(?:necessary )?force\b|\buse all (?:the )?force necessary\b",
            # force promised to go on: "will continue the fight", "would continue to strike", "will continue to
            # relentlessly pursue those responsible", "vowed to continue with its attacks", "will continue its advance"
            r"\b(?:will|would|to|shall|must) continue (?:to |with )?(?:carry out |launch |conduct |stage )?"
            r"(?:the |its |their |our )?(?:\w+ly )?(?:strik\w+|"
            r"attacks?|attacking|target|hit|pound|bomb|pursue|hunt|track down|retaliate|respond|strike back|hit back|"
            r"fight|war|offensive|operations?|operate|campaign|assaults?|advance|capture)\b",
            # a step warned to mean war ("any aggression against Belarus would be considered an attack on Russia");
            # a response promised or ordered
            r"\bwarn\w*\b[^;]{0,60}?\bthat\b[^;]{0,60}?\b(?:would|will|could|might) (?:be (?:considered|treated|"
            r"regarded|seen)|mean|trigger|lead to|result in|provoke|prompt|draw|invite|spark)\b[^;]{0,40}?"
            r"\b(?:war|attack|response|"
            r"retaliation|aggression|force|strike|escalation)",
            r"\bthere (?:\w+ )?will be (?:an? )?(?:\w+ )?(?:response|retaliation|revenge)\b|\bordered to (?:respond|"
            r"retaliate)\b",
            # a price, consequences or an answer promised; a party warned to stop
            r"\b(?:exact|extract) (?:a |the )?(?:full |heavy |high |painful )?price\b|"
            r"\b(?:go|remain|stay) (?:unanswered|unpunished)\b|"
            r"\b(?:must|will|would|shall) [“\"']?pay (?:a |the )?(?:heavy |high |dear )?price\b|\bannounced (?:\w+ )?"
            r"plans? to (?:attack|storm|strike|invade|take)\b|"
            # "a plan to take control of Gaza City", "planned to take full control of Gaza"
            r"\b(?:plan\w*|ordered|orders|intends?|intended) (?:[\w’'-]+ ){0,5}?to (?:take|seize|assume) (?:full |"
            r"total )?(?:military )?control of\b|"
            # "warned Iran of “serious consequences”"
            r"\b(?:warn\w*|threaten\w*) (?:[\w-]+ ){0,2}?(?:of )?[“\"‘']?(?:\w+ )?(?:severe|serious|grave|dire|"
            r"everlasting|devastating|catastrophic|irreversible) consequences\b|\breserv\w* all (?:its |their )?"
            r"options\b|"
            r"\b(?:will|would) (?:face|suffer|bear) (?:the )?(?:severe |serious |grave |dire )?consequences\b|"
            # "will experience themselves the harsh and painful price", "would take military action if …"
            r"\b(?:will|would|shall) (?:\w+ )?experience\b[^;]{0,40}?\b(?:price|consequences)\b|"
            r"\b(?:will|would|shall) take (?:military|armed) action\b(?! unless\b)|"
            r"\b(?:will|would|could) (?:have|entail) [“\"‘']?(?:\w+ )?(?:severe|serious|grave|dire) consequences\b|"
            # an ultimatum: "no option but to surrender or die", "to leave or be killed", "until they surrender or are
            # taken out"
            r"\b(?:surrender|leave|convert) or (?:die|be killed|be taken out|are taken out|be eliminated|"
            r"be wiped out)\b|"
            # "to vacate or “face consequences”", "or else the military will take “necessary” measures"
            r"\bor (?:face|facing) death\b|\bor [“\"‘']?(?:be (?:ready|prepared) to )?face (?:the )?(?:full )?(?:wrath|"
            r"might|consequences)\b|\bor else\b[^;]{0,40}?\b(?:will|would)\b|"
            r"\b(?:promise|vow|pledge)\w* to (?:widen|expand|intensify|escalate|step up) "
            r"(?:our |its |their )?(?:attacks|strikes|operations)\b|"
            r"\bshoot[- ](?:at|on)[- ]sight\b|\bshoot[- ]to[- ]kill\b|\bfire without (?:any |a )?warning\b|"
            # emergency laws imposed or extended: "parliament extended tough emergency laws"
            r"(?<!\bof )\b(?:extended|extends|imposed|imposes|invoked|invokes|declared|declares) (?:the |its )?"
            r"(?:[\w-]+ ){0,2}?emergency (?:laws|powers|regulations)\b|"
            r"\bdeclar\w* (?:an? |the )?[“\"‘']?internal armed conflict\b|"
            # a territory closed to flights or declared a military zone: "declared Zamfara State a no-fly zone"
            r"\bdeclar\w* (?:[\w’'-]+ ){0,4}?(?:an? |the )?[“\"‘']?(?:no-fly|no-go|closed military|military) zones?\b|"
            r"\bor (?:risk|face) an? (?:[\w-]+ )?(?:offensive|assault|attack)\b|\bfinal phase of (?:the |its |their )?"
            r"(?:[\w’'-]+ ){0,3}?(?:offensive|operation|assault)\b|"
            r"\bordered (?:\w+ ){0,4}?to shoot (?:dead )?(?:any|anyone)\b|"
            r"\b(?:vow\w*|pledg\w*|promis\w*) not to (?:halt|stop|end|cease)\b|\bretaliation (?:would|will)\b|"
            # "pledged to block the election", "hinted at military action", "would make the occupiers regret it"
            r"\b(?:vow\w*|pledg\w*|threaten\w*) to (?:block|disrupt|derail|sabotage)\b|\bhint\w* at (?:possible |new |"
            r"further |another |an? )?(?:military action|(?:the )?use of force|military force|a military response|"
            r"(?:military |ground )?(?:operation|offensive|incursion))\b|"
            # "pledged to wage 'total war' on Boko Haram", "until we entirely eliminate this corridor", "the time has
            # come to completely destroy", "more attacks would follow", "voted to approve the use of military force"
            r"\b(?:will|would|shall|to) wage (?:an? )?[“\"']?(?:(?:total|all-out|full-scale|relentless|merciless|"
            r"ruthless) )?war[”\"']? (?:on|against)\b|\buntil (?:we|they) (?:\w+ly )?(?:eliminate|destroy|crush|"
            r"wipe out|defeat)\b|\btime has come to (?:\w+ly )?(?:destroy|eliminate|crush|strike|attack|wipe out)\b|"
            r"\b(?:more|further|new) (?:attacks|strikes|raids) (?:on (?:[\w-]+ ){1,3}?)?(?:would|will) follow\b|"
            rf"{_FORCE_ANNOUNCED_NEAR}|"
            r"\b(?:approv|authori[sz]|endors)\w* (?:the )?use of (?:military |armed )?force\b|"
            r"\b(?:will|would|shall) [“\"]?make (?:[\w\"“”’'-]+ ){1,8}?regret\b|"
            r"\b(?:defend|protect)\w* [^;]{0,60}?at all costs\b|\b(?:will|would|to) do whatever (?:is necessary|it "
            r"takes)\b|\bat any (?:cost|price)\b",
            # an operation given a date; a warning issued to places or people
            r"\b(?:date|time) (?:has been |had been |was |is )?set for (?:the |an? )?(?:[\w-]+ ){0,2}?(?:incursion|"
            r"invasion|offensive|operation|assault|attack)\b|\b(?:issued|issues|sent|gave) (?:a |an )(?:\w+ )?warning "
            r"to\b",
            r"\b(?:urged|told|ordered|asked) (?:all )?(?:residents|civilians|people|"
            r"inhabitants)\b[^;]{0,50}? to (?:follow|"
            r"heed|obey) (?:the )?evacuation\b",
            r"\bwarn\w* (?:the )?(?:[\w-]+ ){1,3}?to (?:leave|stop|withdraw|halt|cease|stay out|vacate)\b",
            # the authorities' warning to a crowd: "the Interior Ministry warned protesters not to break the law"
            r"\bwarn(?:ed|s|ing) (?:the )?(?:protesters|demonstrators|rioters|marchers|crowds?)\b(?! about\b)",
            r"\b(?:would|will|decision to|decided to|decides to) resume (?:the |its |their )?(?:military |combat )?"
            r"(?:fighting|attacks|strikes|war|offensive|operations|hostilities)\b",
            # an operation ordered against a place or a group: "ordered an 'intensive operation against centers of
            # terrorism'"
            r"\bordered (?:an? |the |fresh |new )?[“\"']?(?:[\w-]+ ){0,2}?"
            r"(?:military |counterterrorism |counter-terrorism )?(?:operations?|offensive|assault|crackdown) "
            r"(?:against|on|in)\b",
            r"\bordered (?:the |a )?(?:general |military )?mobili[sz]ation of\b|\bdeclar\w* (?:a |an )?[“\"‘']?"
            r"(?:general|total|full|national) mobili[sz]ation\b|\b(?:instructed|ordered|told) (?:the )?"
            r"(?:[\w-]+ ){0,3}?to prepare for (?:war|an? (?:\w+ )?(?:offensive|operation|attack))\b",
            r"\bthreat(?:s|ened)? to (?:launch|carry out|mount|begin|start) (?:a |an |the )?(?:new )?(?:[\w-]+ )?"
            r"(?:operation|offensive|invasion|incursion|attack|assault)\b",
            # "Trump threatened to strike 52 targets in Iran", "threatens to target foreign companies"
            r"\bthreat(?:s|en|ens|ened|ening)? to (?:strike|hit|attack|bomb|target|destroy|invade|retaliate)\b",
            r"\b(?:take|taking|takes) decisive action against\b",
            # "Rwanda would not tolerate renewed aggression on its territory"
            r"\b(?:will|would|shall) not tolerate\b[^;]{0,40}?\b(?:aggression|attacks?|provocations?|incursions?|"
            r"attempts? to (?:harm|attack|violate|threaten))\b",
            rf"\b{_SHALL} (?:face|meet|be met with) (?:an? )?[“\"']?(?:fierce |harsh |swift |severe |immediate |"
            r"robust |forceful |firm |massive |devastating |decisive |strong |crushing |overwhelming |full )?"
            r"(?:counteraction|response|retaliation|counter-?attack|"
            r"force|strength|firepower|punishment|revenge|vengeance)\b|"
            rf"\b{_SHALL} be confronted by\b|"
            # "told the Philippines not to play with fire on the Taiwan issue", "is playing with fire"
            r"\b(?:play|plays|playing|played) with fire\b",
            # "any further firing will be responded with heavy weapons"
            r"\b(?:will|would|shall) be (?:responded to|responded|answered|met) with (?:[\w-]+ )?(?:weapons|force|fire|"
            r"artillery|firepower)\b",
            r"\bor face (?:an? )?(?:[\w\"“”-]+ ){0,2}?(?:military )?(?:intervention|attack|offensive|operation|action|"
            r"consequences|retaliation|"
            r"strikes?)\b|\bfinal warnings?\b",
            r"\b(?:would|will) not hesitate to\b|\bdetermined to (?:eliminate|crush|defeat|destroy)\b|"
            # a country put on guard: "France raised its threat level", "on its highest state of alert"
            r"\b(?:raised|raises|raising|lifted) (?:its |the |their )?(?:national |terror |terrorism |security )?"
            r"(?:threat|alert) levels?\b|\b(?:on|to) (?:its|the) highest (?:state|level) of (?:alert|security)\b|"
            # "determined to deal decisively and firmly with anybody found culpable", "will deal ruthlessly with"
            r"\b(?:determined to|will|would|shall|vow\w* to|pledg\w* to|promis\w* to) deal (?:decisively|firmly|"
            r"ruthlessly|severely|sternly|harshly|mercilessly)\b|"
            # a force told to act: "warned that the security forces would take 'firm action' against rioters", "told
            # police officers to use deadly force against protesters"
            r"\bwarned (?:that )?(?:[\w-]+ ){2,3}?(?:would|will) (?:take [“\"']?(?:firm|strict|stern|tough|decisive|"
            r"severe|stringent|harsh)[”\"']? (?:action|measures|steps)|use (?:force|lethal force|deadly force)|"
            r"crack down|act (?:firmly|decisively|ruthlessly))\b|"
            r"\b(?:told|ordered|instructed|directed|authori[sz]ed|urged) (?:[\w-]+ ){0,3}?to use (?:deadly|lethal|"
            r"maximum|live) (?:force|ammunition|fire)\b|"
            # a side's fighters told to attack: "called on its armed wing to launch offensives", "ordering their
            # forces on the ground to accelerate and intensify attacks"
            r"\b(?:call\w* (?:on|upon)|urg\w*|order\w*|issued orders to|instruct\w*|direct\w*|told) "
            r"(?:its |their |his |the )?"
            r"(?:[\w-]+ ){0,3}?(?:armed wing|forces|fighters|units|members|cadres|guerrillas)\b[^;]{0,40}?\bto "
            r"[“\"‘']?(?:\w+ (?:and )?){0,2}?"
            r"(?:launch|intensify|step up|carry out|accelerate|mount|escalate)\b[^;]{0,30}?\b(?:offensives?|attacks|"
            r"operations|assaults)\b|"
            # "ordered security forces to “kill without warning”", "gave the order … to open fire to kill without
            # warning"
            r"\b(?:told|ordered|instructed|directed|authori[sz]ed|gave (?:the |an )?orders?) (?:[\w-]+ ){0,8}?to "
            r"[“\"']?(?:open fire|fire|shoot|kill)(?: to kill)? without (?:any |prior )?warning\b|"
            r"\b(?:must|has to|have to) (?:\w+ )?(?:respond|retaliate)\b|"
            r"\b(?:ready|prepared)(?: and (?:ready|prepared))? to (?:crush|eliminate|annihilate|defeat|destroy|"
            r"wipe out)\b|"
            r"\ball options are (?:open|on the table)\b|\bno one (?:will|would|shall) be spared\b|"
            # fire or death promised on anyone ("we will execute anyone we see on the street"); a hostage's death
            # promised on a condition
            r"\b(?:will|would) (?:shoot|open fire|execute|kill)(?: at| on)? (?:any|anyone|all|everyone)\b|"
            r"\b(?:will|would) be (?:killed|executed|beheaded|harmed)\b[^;]{0,40}?\b(?:if|unless)\b|"
            r"\b(?:will|would|shall) be dealt with (?:by force|firmly|decisively|severely|ruthlessly|with force|"
            r"sternly|harshly|strictly|an iron (?:hand|fist)|with an iron (?:hand|fist))\b|"
            # "military operations against this guerrilla will resume on March 20", "ordered the resumption of
            # offensive military operations"
            r"\b(?:military |offensive |combat )?operations (?:against (?:[\w-]+ ){1,4}?)?(?:will|would|are to|shall) "
            r"resume\b|\border(?:ed|s|ing)? the resumption of (?:[\w-]+ ){0,2}?(?:operations|offensives?|attacks|"
            r"hostilities)\b",
            r"\b(?:will|would)\b(?:,? [\w ]{0,20},)? [“\"']?(?:act against|strike|hit|target|destroy|crush|intensify|"
            r"escalate|"
            r"expand|attack|pound|eliminate)\b(?! (?:a|an|the) (?:deal|agreement|balance))",
            # "declared a 60-day state of emergency", "extended for another 30 days the state of emergency in six
            # provinces", "marking the beginning of a partial state of emergency"
            r"\b(?:declared?|declaring|announced?|announcing|imposed?|imposing|declares|announces|imposes|extended|"
            r"extends?|extending|renewed|ordered|placed (?:[\w’'-]+ ){0,4}?(?:in|under)|proclaimed|proclaims?|"
            r"prolonged|institute[sd]?|decree[sd]?|rolled out|rolls out|invoked|invokes|enacted|introduce[sd]?|"
            r"introducing|establish(?:ed|es)?|adopted|approved|approves|endorsed|ratified) (?:[\w-]+ ){0,5}?"
            r"(?:an? |the )?[“\"‘']?(?:[\w-]+ )?states? of (?:security |national |public )?emergency\b|"
            r"\b(?:beginning|start|announcement|declaration|imposition|extension|introduction) of (?:an? |the )?"
            r"(?:[\w-]+ )?state of emergency\b|\bcall(?:ed|s|ing)? for (?:an? |the )?(?:[\w-]+ ){0,2}?state of "
            r"emergency\b|\bstate of emergency (?:remains|remained|stays) in (?:effect|force|"
            r"place)\b|\bstate of emergency(?:,[^,;]{1,40},| in (?:[\w’'-]+ ){0,2}[\w’'-]+)? (?:was |went |came |"
            r"comes |goes )?(?:effective|into (?:effect|force))\b|"
            # a side's promise to hit back: "will always receive a befitting response"
            r"\b(?:befitting|crushing) (?:response|reply|answer)\b|"
            # not in a clause that places something else ("in Lod, where a state of emergency was declared")
            r"(?<!where a )(?<!where the )\bstates? of emergency (?:was |were |has been |have been |had been |are |"
            r"(?:would|will|should|is to) be )?(?:established|declared|proclaimed|"
            r"imposed|adopted|invoked|enacted|rolled out)\b|"
            r"\bdo not leave (?:the )?shelters\b|\b(?:announced|ordered|declared) (?:\w+ )?blackouts?\b|"
            # an armed group closing roads: "announced a roadblock on the Bamenda-Ndop road", "a lockdown"
            # "militants have imposed a fuel blockade on the capital", "which has imposed a crippling blockade"
            r"\b(?:announced|declared|impos(?:ed|es|ing)|enforc(?:ed|es|ing)) (?:an? |the |its |their )?"
            r"(?:[\w-]+ ){0,2}?blockades?\b|"
            r"\b(?:announced|ordered|declared|imposed) (?:an? |the )?(?:[\w-]+ )?(?:lockdowns?|roadblocks?|"
            r"closure of (?:the )?(?:[\w-]+ )?roads?)\b|"
            r"\bcurfews?\b|\bprohibitory orders\b|\b(?:emergency )?blackouts? (?:were|was|have been) imposed\b|"
            r"\bimposed (?:a |an )?"
            r"(?:emergency |total |night-time |nighttime )?(?:blackouts?|curfews?|lockdowns?)\b",
            # "the military has called for the evacuation of Rafah's residents"
            r"\bcall(?:ed|s|ing)? for (?:the |an )?(?:immediate |urgent |full |partial )?evacuation of\b|"
            r"\b(?:evacuation (?:orders?|warnings?|notices?)|(?:ordered|ordering|orders) (?:an? |the )?(?:partial |"
            r"full |mandatory |compulsory |immediate )?evacuation\b|(?:ordered|ordering|told|tell|tells|telling|"
            r"warned) (?:the )?(?:[\w-]+ )?(?:residents|"
            r"civilians|people|palestinians|gazans|villagers|families|everyone|"
            r"population|inhabitants)(?: (?:of|in) [^;]{0,60}?)?(?: (?:once )?again| once more)? to [“\"']?"
            r"(?:temporarily |immediately )?(?:evacuate|leave|flee|vacate|relocate)|forced displacement orders?|"
            # warning leaflets dropped; a deadline given to leave: "gave them three hours to evacuate"
            r"(?:leaflets|flyers|pamphlets) (?:were |had been |have been )?(?:dropped|scattered|air-?dropped)|"
            r"dropp(?:ed|ing) (?:evacuation |warning )?(?:leaflets|flyers|pamphlets)|"
            # "gave the junta one week to cede power"
            r"(?:ga(?:ve|ving)|give[ns]?) (?:[\w-]+ ){0,6}?(?:\d+|[a-z]+) (?:hours?|days?|minutes|weeks?) to "
            r"(?:evacuate|leave|vacate|cede|hand over|withdraw|surrender|lay down|pull out|step down|restore)|"
            r"urg(?:e|es|ed|ing) (?:residents|civilians|people|\w+ civilians|them|(?:its |their )?citizens|nationals|"
            r"foreigners)(?: [^;]{0,80}?)? to (?:evacuate|leave|flee|move)|"
            r"calls? for (?:[\w-]+ ){0,2}?(?:residents|civilians|people|population|inhabitants|villagers|families) to "
            r"(?:evacuate|leave|flee|move)|"
            r"(?:have|has|had|were|was) been (?:urged|told|ordered|asked) to (?:evacuate|leave their homes)|"
            r"warning (?:phone )?calls|"
            r"(?:issued|issues|renewed) (?:a |an )?(?:new |fresh |urgent )?(?:call|order|warning)s? to evacuate|"
            r"(?:asking|asked|told|telling|urged|urging) (?:the )?(?:displaced )?(?:residents|civilians|people|"
            r"population|inhabitants) to (?:avoid|stay away from|keep away from)|"
            # "a statement requesting civilians to leave these towns"
            r"(?:request(?:ed|ing|s)?|instruct(?:ed|ing|s)?) (?:all )?(?:the )?(?:residents|civilians|people|"
            r"population|inhabitants) (?:\w+ ){0,3}?to (?:leave|evacuate|flee|vacate)|"
            r"warnings? (?:from|by) (?:the )?(?:[\w-]+ ){0,2}?(?:military|army|forces|police|authorities) that|"
            r"(?:asking|asked|told|telling|ordering|ordered|called on|calling on|urged|urging|urge) (?:the )?"
            r"(?:residents|civilians|people|population|inhabitants)(?: of [^;]{0,40}?)? to (?:(?:remain|stay) "
            r"(?:indoors|inside|at home)|(?:seek|take) shelter|shelter in place))\b",
            r"\breserv(?:es?|ed|ing) the right to (?:respond|strike|retaliate|act|defend|use force)\b|"
            # "defends its right to retaliate"; force not ruled out or among the measures; a standby force readied;
            # no mercy promised
            r"\b(?:defend(?:s|ed|ing)?|assert(?:s|ed|ing)?|retain(?:s|ed)?|has|have|had) (?:its|their|the|his|her) "
            r"(?:legitimate )?right to (?:retaliate|respond|hit back|strike back)\b|"
            r"(?:\bnot|\bnever|n[’']t) (?:rule|ruled|ruling) out (?:the )?(?:use of (?:military )?force|military "
            r"(?:action|intervention|force|option)|(?:an? )?(?:armed|military) intervention|force)\b|"
            r"\binclud\w* (?:the )?use of (?:military )?force\b|"
            r"\b(?:activat\w+|deploy\w*)\b[^;]{0,30}?\bstandby force\b|"
            r"\b(?:will|would|shall) show no mercy\b",
            # civil-defence alerts and a war vowed to go on: "has been advised to seek shelter", "emergency alerts
            # were sent to local residents", "a state of alert was proclaimed", "the operation won't end until"
            r"\b(?:advised|urged|told|asked|ordered) to (?:seek|take) shelter\b|"
            r"\b(?:emergency |air )?alerts? (?:were |was |had been )?sent to (?:[\w-]+ ){0,2}?(?:residents|people|"
            r"civilians|citizens)\b|\bstate of alert (?:was |has been |had been )?(?:proclaimed|declared|imposed)\b|"
            # forces put on a war footing: "troops have been put on full combat readiness"
            r"\b(?:put|placed|ordered|raised)\b[^;]{0,60}?\b(?:full|highest|high|maximum) (?:level of )?combat "
            r"readiness\b|\b(?:put|placed|ordered|move[ds]?|moving|switched)\b[^;]{0,60}?\b(?:on|to|onto) (?:a |full )?"
            r"war footing\b|"
            # forces ordered to get ready for more: "ordered the military to continue “massive strikes”", "orders
            # military to prepare for “further operations”"
            r"\b(?:ordered|orders|instructed|instructs|told|tells) (?:the |his |its )?(?:military|army|armed forces|"
            r"idf|troops)\b[^;]{0,30}?\bto (?:prepare for|continue|intensify|step up|expand|escalate|press on)\b|"
            r"\b(?:will not|won't|would not|wouldn't) (?:stop|end) until\b",
            # "Iran will not leave any attack on its territorial integrity … unanswered"
            r"\b(?:will|would|shall) (?:not|never) (?:leave|let) (?:[\w’'-]+,? ){0,12}?(?:go )?"
            r"(?:unanswered|unpunished)\b|\b(?:will|would|shall) (?:not|never) go (?:unanswered|unpunished)\b",
            # civil-defence orders: shelters opened, residents told to stay in or near them
            r"\b(?:ordered|orders|order) the opening of (?:\w+ )?(?:bomb )?shelters\b|\b(?:instructed|ordered|told|"
            r"urged|asked) (?:the )?(?:residents|civilians|people|population|inhabitants)(?: of [^;]{0,40}?| in "
            r"[^;]{0,40}?)? to (?:stay|remain|go|head|take cover) (?:in|near|close to|to|inside) (?:\w+ )?(?:bomb )?"
            r"shelters\b",
            r"\bwarn\w* (?:\w+ ){0,4}?(?:to )?(?:stay away|keep away|not to return|not to approach)\b",
            # people told not to travel, or under orders to leave
            # "a message to residents of more than 60 villages … telling them not to return", "urging residents … to
            # refrain from returning to their homes"
            r"\b(?:urged|told|warned|advised|asked|ordered|telling|urging|warning|ordering) (?:the )?(?:residents|"
            r"civilians|people|citizens|inhabitants|them)(?: (?:of|in) [^;]{0,30}?)? (?:not to (?:travel|go|venture|"
            r"approach|return)\b|to refrain from returning\b)|\bunder "
            r"(?:evacuation )?orders? to (?:leave|evacuate|flee)\b|"
            # "the Israeli authorities ordered everyone in Gaza city to move south", "called on people to leave the
            # ports of Ras Isa, Hodeidah and Salif"
            r"\bcall(?:ed|s|ing)? on (?:all )?(?:people|residents|civilians|everyone|inhabitants|the population)\b"
            r"[^;]{0,30}?\bto (?:leave|evacuate|flee|stay away from|keep away from)\b|"
            # "after ordering residents of Taybeh and Tayr Debba—and later Aita al-Jabal—to leave homes"
            r"\border(?:ed|ing|s)? (?:everyone|all residents|all civilians|residents|civilians|the population)"
            r"(?: (?:of|in) [^;]{0,60}?)? to (?:move|evacuate|leave|flee|head|vacate)\b",
            r"\bpromis\w+ to use (?:\w+ )?force\b|\bthreat\w* (?:the )?use of force\b|"
            # armed forces readied (not police or hospitals): "the military has been placed on full alert", "placing his
            # forces on high alert"
            rf"\b(?<!police )(?<!security ){_ARMED_FORCES}\b(?![^;]{{0,40}}?\bpolice\b)[^;]{{0,30}}?\b(?:placed|put) "
            rf"{_ON_ALERT}|\b(?:placing|places|putting|puts|placed|put) (?:his |its |their |the |all )?(?!security )"
            rf"(?:[\w’'-]+ )?{_ARMED_FORCES} {_ON_ALERT}",
            # force ordered or called for ("will instruct the regional force to use force"); a rebuff or more
            # retaliation promised; rallies banned or Section 144 imposed; people advised to stay indoors
            r"\b(?:instruct(?:s|ed)?|order(?:s|ed)?|authori[sz]e[sd]?|call(?:s|ed)? on|urge[sd]?) (?:the )?"
            r"(?:(?!not\b)[\w-]+ ){0,3}?to (?:use (?:\w+ )?force|"
            r"respond with force)\b|\b(?:give|deliver) (?:a |an )?(?:proper|fitting|decisive|worthy|crushing|"
            r"resolute) rebuff\b",
            rf"{_PROTESTS_BANNED}|\bsection 144\b|\bimposed (?:\w+ )?(?:movement|travel) restrictions\b|"
            # "where public demonstrations were banned"
            r"\b(?:rallies|protests|demonstrations|processions|gatherings|marches) (?:were|was|had been|have been|are|"
            r"is) (?:\w+ )?(?:banned|prohibited|outlawed|forbidden)\b",
            r"\b(?:will|would) continue until (?:we |they |it )?(?:liberate|defeat|eliminate|crush|destroy|wipe out)\b|"
            r"\b(?:will|would) (?:proceed|press on|push on) with (?:the |its |their )?(?:operations?|offensive)\b|"
            r"\b(?:are|were|have been|has been|is) (?:strongly )?(?:advised|urged|told|asked) to (?:remain|stay) "
            r"(?:indoors|inside|at home)\b",
            # "vowed a strong counter-response", "to vow a stern confrontation with its enemies"
            r"\b(?:pledg\w+|promis\w+|vow\w*) (?:a |an )?(?:strong|firm|harsh|decisive|forceful|swift|stern|"
            r"robust) (?:counter-?)?(?:response|reply|confrontation)\b",
            # "promised intensified counter-terrorism measures"
            r"\bpromis\w* (?:intensified|tougher|stronger|harsher|stepped-up) (?:counter-?terrorism |security |"
            r"military )?(?:measures|operations|action)\b",
            # "we are determined to liberate all the towns they hold"
            r"\b(?:determined|resolved|(?:reaffirm|reiterat)\w* (?:[\w’'-]+ ){0,3}?resolve) to (?:liberate|"
            r"recapture|retake|drive out|defeat|crush|eliminate|wipe out|eradicate|root out)\b",
            # nuclear forces readied: "ordered the nuclear deterrent forces into a special regime of combat duty"
            r"\bnuclear (?:forces|weapons|deterrent(?: forces)?|arsenal)\b[^;]{0,60}?\b(?:on (?:high |full |special )?"
            r"alert|readiness|combat duty)\b",
            # "authorities have ordered evacuations due to the advancing forces"; residents urged to leave or to stay
            # alert; strikes ordered, not yet made; bomb threats; open confrontation declared; retaliation promised
            r"\bordered (?:the )?(?:mandatory |forced |compulsory )?evacuations? (?:of|from|due|because|as|ahead)\b|"
            r"\b(?:urged|told|ordered|asked|warned) to (?:leave|evacuate|flee)\b|\burged (?:the )?(?:residents|"
            r"civilians|"
            r"people|locals|villagers)\b[^;]{0,80}?\bto (?:stay|remain|be) (?:alert|vigilant|indoors|on alert)\b",
            rf"{_ORDERED_FORCE}(?:strikes|attacks|retaliation)\b|"
            r"\bbomb threats?\b|\bdeclared (?:an? )?(?:open |all-out |total )?(?:confrontation|war) (?:with|against|"
            r"on)\b|\b(?:would|will) (?:mean|lead to|result in) (?:an? )?(?:open|all-out|full-scale|total) war\b|"
            r"\b(?:promis|vow|pledg)\w* (?:[“\"']?\w+[”\"']? )?(?:retaliation|revenge|reprisals?)\b|"
            r"\b(?:preparing|prepared|ready) to "
            r"(?:respond|retaliate|strike back|hit back|attack|storm|assault)\b",
            r"\b(?:would|will|shall|could|plans? to|planning to|intends? to) (?:soon )?(?:launch|carry out|mount|begin|"
            r"start) (?:an? |new |more |further )?(?:[\w-]+ ){0,2}?"
            r"(?:attacks?|offensives?|operations?|strikes?|assaults?)\b",
            # force ordered or promised to go on: "ordered a nationwide military response", "attacks … will not stop",
            # ships "considered hostile targets"
            r"\bordered (?:an? |the )?[“\"']?(?:[\w-]+ )?(?:military )?(?:response|retaliation|counter-?offensive)\b|"
            r"\b(?:attacks|strikes|operations)\b[^;]{0,50}?\bwill not (?:stop|end|cease)\b|"
            # "these strikes will continue, day after day", "warning of more attacks to come"
            r"\b(?:attacks|strikes|raids|bombings) (?:will|would) continue\b|\b(?:more|further) (?:attacks|strikes|"
            r"raids) (?:\w+ )?to come\b|"
            r"\b(?:consider|considers|considered|regard|regards) (?:[\w-]+ ){0,10}?(?:as )?(?:legitimate |hostile )"
            r"targets\b",
            r"\bdisplacement orders? (?:were|was|have been|had been) issued\b|\b(?:plans?|ordered|was ordered|were "
            r"ordered) (?:\w+ ){0,5}?to evacuate (?:the )?(?:population|civilians|residents|people|inhabitants)\b",
            r"\b(?:mandatory|compulsory|forced|forcible|obligatory) evacuations?\b|\bevacuations? (?:was |were |"
            r"has been |have been |had been |is |are )?(?:\w+ )?(?:ordered|announced|made mandatory)\b",
            r"\b(?:imposition|introduction|extension) of (?:a |an )?(?:martial law|curfews?|state of emergency)\b|"
            r"\bmartial law(?: in (?:[\w’'-]+ ){0,2}?[\w’'-]+)? (?:has been |had been |was |is )?(?:re-?)?(?:imposed|"
            r"introduced|extended)\b|"
            r"\b(?:declared?|imposed?|declares|imposes) (?:a |an )?(?:martial law|travel (?:ban|"
            r"restrictions?))\b|\brestricted travel\b|\btravel restrictions? (?:on|in|continued|was imposed)\b|"
            r"\b(?:place[sd]?|placing|put|puts|putting) (?:[\w-]+ ){1,5}?under martial law\b",
            # a deadline to disarm or leave; force promised in return; people told to take cover
            r"\bto (?:lay down (?:their|its|his) (?:arms|weapons)|surrender|disarm|withdraw|leave|pull out)\b"
            r"[^;]{0,60}?\b(?:within|in the next|by) (?:\d+|[a-z]+)[- ](?:hours?|days?)\b|"
            r"\b(?:\d+|[a-z]+)[- ](?:hour|day) (?:deadline|ultimatum)\b",
            r"\b(?:would|will) (?:\w+ )?(?:fight back|strike back|hit back|respond with force)\b|\b(?:would|"
            r"will) be met "
            r"with (?:fire|force)\b",
            r"\b(?:called on|urged|told|asked|advised|instructed) (?:\w+ )?(?:people|residents|civilians|"
            r"the population|citizens|inhabitants) to (?:stay|remain|take) (?:under cover|cover|in shelters?|"
            r"indoors)\b",
            # force promised on a condition or without end: "will fight if provoked", "ready for any confrontation",
            # "continuing its offensive until total victory"
            r"\bwill (?:fight|retaliate|respond|strike) if\b|\bready for any (?:confrontation|attack|aggression|"
            r"eventuality)\b|\bcontinu\w* (?:its |the |their )?(?:offensive|war|fighting|military operations?) until\b",
            # resistance promised, people warned they will be killed, a deadline to leave, places to be evacuated,
            # a war declared
            r"\b(?:promised|pledged) to (?:resist|fight back|retaliate)\b|\bwarning that\b[^;]{0,100}?\b(?:will|"
            r"would) "
            r"be (?:burned|killed|destroyed|eliminated|wiped out|targeted|attacked|crushed)\b|\bhad (?:\d+|[a-z]+) "
            r"(?:hours|days) to (?:evacuate|withdraw|leave|surrender|disarm)\b|\bsubject to (?:\w+ )?evacuation\b|"
            r"\b(?:will|would) face (?:\w+ )?punishment\b|"
            # people told to shelter in place or kept out of an area, force held in reserve, operations to go on
            r"\bshelter[- ]in[- ]place\b|\b(?:maintains|reserves|retains) (?:the|its|their) right to (?:respond|"
            r"retaliate|"
            r"defend)\b|\b(?:is|are|would be|will be) (?:strictly )?(?:prohibited|forbidden|"
            r"banned) until further notice\b|"
            r"\bwarned (?:\w+ ){0,3}?that\b[^;]{0,80}?\b(?:would|will) be (?:prohibited|forbidden|exposed to danger|"
            r"targeted)\b|\banyone (?:\w+ ){0,4}?(?:would|will) be (?:exposed to danger|targeted|shot)\b|"
            # warned off force: "warned Israeli forces against attacking Lebanon", "junta warns against armed
            # intervention", "warned the Philippines against 'playing with fire'"
            r"\bwarn(?:ed|s|ing)? (?:[\w’'-]+ ){0,4}?against (?:any |an |the )?(?:attack(?:ing|s)?|(?:armed|military|"
            r"foreign) (?:intervention|action|aggression|attack)|(?:(?:military|armed) )?[“\"'‘]?provocations?|"
            r"[“\"']?playing with fire|aggression|escalation|"
            r"returning to|seeking to widen|widening|invad\w*|crossing)\b|\b(?:declared|"
            r"announced) (?:a |the )?continuation of (?:the )?(?:military operations|offensive|war|attacks)\b|"
            r"\blet this "
            r"be a warning\b|\bannounced (?:the )?launch of (?:an? |the )?(?:[\w-]+ )?"
            r"(?:military )?operation\b|\bsleep in (?:the )?(?:basements|bunkers|shelters)\b|\b(?:decided|decision) "
            r"to evacuate\b|\b(?:decisions?|orders?|notices?|notifications?) (?:\w+ ){0,3}?to demolish\b|"
            r"\bdemolition (?:orders?|notices?)\b|"
            r"\b(?:total|all-out|full-scale)[”\"']? war against\b|\blaunch (?:an? )?[“\"']?(?:total|all-out|"
            r"full-scale) war\b",
            # force kept as an option: "said it could use force", "has not ruled out using force" (a government
            # getting its people out is not one: labelled so in Niger, not in Juba or Khartoum)
            r"\b(?:could|would|may|might) use (?:military )?force\b|"
            r"\bnot ruled? out (?:using |the use of )?(?:military )?force\b|"
            # resistance vowed: "its residents were ready to resist", "the army is ready to fight until victory",
            # "announced that they intended to continue fighting"
            r"\bready (?:for (?:war|battle|a fight)|to (?:fight|resist|go to war))\b|"
            r"\bcontinue (?:fighting|the fight|the resistance|to resist|resisting)\b",
            # a show of force: drills staged around the other side ("launched two days of military drills surrounding
            # Taiwan", "will extend military exercises by sea and air around Taiwan")
            r"\b(?:launch\w*|held|holds?|holding|began|begins?|start\w*|announc\w*|conduct\w*|carr(?:y|ies|ied|ying) "
            r"out|stag\w*|extend\w*|continu\w*|kick\w*|resum\w*)\b(?:(?!during\b)[^;]){0,60}?\b(?:drills?|exercises|"
            r"war ?games)\b"
            r"[^;]{0,50}?\b(?:around|surrounding|encircling|near|close to|off the coast of)\b",
            # an answer promised in kind: "would be met with “firm and decisive” responses", "will be met with full
            # resolve", "will cost them dearly", "knows how to defend itself", "will make its enemies bite the dust"
            rf"\b{_SHALL} be met with (?:an? )?[“\"']?(?:[\w-]+[”\"']? (?:and )?){{0,3}}?(?:responses?|resolve|"
            r"retaliation)\b|\b(?:will|would|shall) cost (?:\w+ ){0,2}?dearly\b|\bknows? how to (?:defend|protect) "
            r"(?:itself|themselves|ourselves)\b|\bmake (?:[\w’'-]+ ){0,4}?[“\"']?bite the dust\b|"
            r"\bno (?:other )?(?:choice|option) but to (?:defend|respond|retaliate|fight|strike)\b|"
            # force only paused: "India had only paused its retaliation", "the military action is only suspended"
            r"\bonly (?:been )?(?:paused|suspended)\b|"
            # "will fight until they raise the white flag", "will strongly respond", "will continue launching
            # operations against Israel until the war ends"
            r"\b(?:will|would|shall) (?:fight|continue fighting|keep fighting) (?:on )?until\b|"
            r"\b(?:will|would|vow\w*|promis\w*|pledg\w*) (?:to )?(?!likely)\w+ly (?:retaliate|respond|avenge|punish|"
            r"crush)\b|\bcontinue (?:launching|conducting|carrying out|staging) (?:\w+ )?(?:attacks|operations|"
            r"strikes)\b|\b(?:additional|further|greater|new) escalat(?:ory|ion) (?:measures|steps|options|stages?)\b|"
            # a sea lane to be shut: "approved a measure to close the Strait of Hormuz"
            r"\bto (?:close|shut|block) (?:the )?strait of\b|\bstrait of hormuz (?:should|must|will) be closed\b|"
            # people told off an area before a strike: "advised Gazans to avoid northern areas", "ordered people to
            # move at least 500 metres away"
            r"\badvised (?:[\w-]+ ){1,3}?to avoid (?:[\w-]+ ){0,2}?areas?\b|\bto move (?:at least )?[\d,]+ ?"
            r"(?:metres|meters|m|km|kilometres|kilometers) away\b|"
            r"\bto [“\"']?take (?:strong|powerful|forceful|decisive|immediate|firm|tough) action against\b",
            # an armed group's lockdown or blockade: "separatists began imposing a three-day lockdown", "announce
            # lock-down to disrupt elections", "a blockade imposed in early September by militants", "a campaign to
            # blockade Kayes", "announced a ban on fuel imports"
            r"\b(?:impos\w*|announc\w*|declar\w*|enforc\w*|begin|began|begins) "
            r"(?:an? |the |what [\w ]{0,40}called an? )?[“\"']?(?:[\w-]+ ){0,2}?lock-?downs?\b|"
            r"\bblockade (?:was |had been |has been )?(?:imposed|declared) "
            r"(?:[\w ]{0,30})?by\b|\bcampaign to blockade\b|\b(?:declared|announced|imposed) (?:a |an )?(?:[\w-]+ )?"
            r"ban on (?:fuel|food|goods|imports|traffic|movement)\b",
            # hunted to the ends of the earth; a free hand to avenge; a decision to attack
            r"\b(?:will|would|shall) be (?:chased|tracked) and hunted down\b|\bfreedom to (?:avenge|retaliate|"
            r"respond|strike)\b|\bdecision to (?:\w+ly )?(?:attack|strike|invade)\b|\bdecision on military action",
            # an intervention readied or warned against: "initiated the activation process for the ECOWAS Standby
            # Force", "a “D-day” for a potential military intervention", "its threat to use force", "would be
            # considered a declaration of war", "ready to send troops", "authorise the armies of Mali to intervene",
            # "do not test our patience"
            r"\bactivat\w*\b[^;]{0,40}?\bstandby force\b|\bd-day[”\"']? for (?:an? |the )?(?:potential |"
            r"possible )?(?:military )?(?:intervention|invasion|offensive|operation|attack)\b|\bthreat to use "
            r"(?:military )?force\b|"
            r"\b(?:would|will) be (?:considered|regarded|treated) (?:as )?(?:a |an )?(?:declaration of war|act of war|"
            r"co-belligerent)|\bready to (?:send|deploy) (?:its |their )?troops\b|\bauthori[sz]\w* (?:the )?(?:armies|"
            r"army|armed forces|troops) (?:[\w’'-]+ ){0,6}?to intervene\b|\bdo not test (?:our|my) patience\b|"
            r"\bpatience (?:may|will|could) run out\b",
            # action promised, a defence forced, a port made a target, an emergency of a region or the federation:
            # "the United States will take action to ensure promises are kept", "would be forced to defend its
            # citizens", "the Port of Haifa has been added to the group's list of targets", "imposed a federal-level
            # emergency"
            r"\b(?:will|would|shall) take action (?:against|to)\b|\bforced to defend\b|\badded to (?:the |its |their |"
            r"the group[’']s )?(?:list of )?(?:legitimate )?targets\b|\b(?:imposed|declared|introduced) (?:an? )?"
            r"(?:federal|regional|municipal)(?:-level)? (?:state of )?emergency\b",
        ),
        unless=re.compile(
            # a threat no party makes: "life-threatening", "the protests threatened to plunge Iraq into …"
            r"\blife[- ]threatening\b(?! consequences)|"
            # a development that endangered a deal: "a development that threatened to derail a fragile ceasefire"
            r"\b(?:development|move|escalation|fighting|offensive|violence|advance|capture|attack|decision|clashes)s? "
            r"(?:that |which )?(?:has |had )?threaten(?:ed|s|ing)? to (?:derail|disrupt|undermine|unravel|collapse)\b|"
            rf"{_REPLY_GIVEN}|"
            # an offensive's last phase under way, not promised: "troops have launched the final phase of a
            # coordinated offensive"
            r"\b(?:launched|began|begun|started|entered) the final phase\b|"
            # a curfew defied, broken, condemned or soon lifted is the protest's setting, not a curfew announced
            r"\b(?:defied|defying|defy|defies|breaks?|broke|breaking|breached|violat\w+) (?:a |the |an? )?"
            r"(?:[\w’'-]+ ){0,2}?curfew\b|\bcurfew[- ](?:defying|violators?|violations?)\b|"
            r"\b(?:during|despite|imposed by) the curfew\b|"
            r"\b(?:condemned|critici[sz]ed|denounced) (?:the |a )?"
            r"curfew\b|\bcurfew (?:was|is) supposed\b|"
            r"\bcurfew (?:would|will) be (?:lifted|eased|relaxed)\b|"
            r"\b(?:protests?|violence|crisis|situation|fighting|conflict|war|unrest|tensions?|shortages?)\b[^;]{0,40}?"
            r"\bthreaten(?:s|ed|ing)? (?:to|the)\b|"
            r"\bvow\w* to bring (?:\w+ ){0,3}?to (?:justice|book)\b|\bvow\w* (?:to )?(?:an? )?(?:thorough |full |"
            r"swift |"
            r"independent )?(?:probe|investigat\w+)\b|"
            r"\b(?:lifted|eased|ended|lifts|eases) (?:the |a )?(?:curfew|section 144)|\bsection 144\b[^;]{0,60}?"
            r"\b(?:lifted|withdrawn|relaxed)\b|\bcurfew (?:was |has been )?(?:loosened|"
            r"lifted|eased|"
            r"relaxed)\b|\b(?:war|conflict|fighting|violence|escalation|"
            r"crisis)\b[^;]{0,40}?\bthreaten\w*|\bit threaten\w* (?:to )?(?:spill|engulf|destabili[sz]e|derail|"
            r"undermine|widen|escalate|the|a|an)\b"
            # what a turn of events risks: "reinforcements were seen arriving, threatening to intensify the conflict"
            r"|(?:,| and) threatening to (?:intensify|escalate|worsen|spread|deepen|widen|spill|engulf|reignite|derail|"
            r"undermine|destabili[sz]e|unravel|overwhelm|cut off|encircle|surround|envelop|overrun)\b"
            r"|\bvow\w* (?:to )?(?:\w+ ){0,2}?(?:scale up|support|help|provide|cover|rebuild|investigate|assist|"
            r"address|speak|visit)\b"
            # a scourge that threatens the region's stability
            r"|\bthreaten\w* (?:the |their |its )?(?:[\w-]+ ){0,2}?(?:stability|progress|"
            r"security|peace|lives|development|town|city|shipping)\b"
            # a move or an event that threatens a harm, not a party that threatens force
            r"|\b(?:move|moves|decision|plan|plans|step|steps|incident|violence|attack|killing|raid)\b (?:\w+ )?"
            r"threaten\w* to (?:further )?(?:raise|inflame|heighten|escalate|worsen|deepen|spark|trigger|derail|"
            r"undermine|reignite|unravel|widen|complicate|overshadow)\b"
            rf"|{_ALERT_NOT_THREAT}"
            # protesters who vow a march or threaten to cut cables: a protest's demand, not a party's force
            r"|\b(?:protesters|demonstrators|sit-in|strikers|students|traders|marchers)\b[^;]{0,60}?\b(?:vow\w*|"
            r"threaten\w*)\b"
            r"|\bwarn\w* (?:of|about) (?:the |a )?(?:(?:growing|increasing|rising|mounting) threat|"
            r"(?:[\w-]+ )?threats? "
            r"(?:posed|represented) by)\b"
            # a fear that a party will strike, voiced by others: "expressed concern that the bandits would attack"
            r"|\b(?:concerns?|fears?|feared|fearing|worried|worries|afraid)\b (?:[\w-]+ ){0,3}?that\b[^;]{0,80}?"
            r"\b(?:would|will|could|might)\b(?: [\w-]+){0,4}"
        ),
        per_place=True,
    ),
    ExtractionPattern(
        id="diplomatic-statement",
        gate=(
            "revok",
            "scrapp",
            "censur",
            "scorn",
            "recogni",
            "envoy",
            "delegation",
            "fact-finding",
            "complaint",
            "protest",
            "letter to",
            "act of",
            "cowardly",
            "urg",
            "condemn",
            "call",
            "welcom",
            "hail",
            "laud",
            "appeal",
            "demand",
            "denounce",
            "pledge",
            "promised",
            "would send",
            "would support",
            "would not support",
            "would work",
            "would deploy",
            "would provide",
            "warn",
            "blame",
            "concern",
            "alarm",
            "horrified",
            "appalled",
            "outrage",
            "deplor",
            "informed",
            "sanction",
            "export",
            "sale of",
            "sales of",
            "deliver",
            "supply",
            "send",
            "provide",
            "ship",
            "transfer",
            "military aid",
            "military assistance",
            "military support",
            "security aid",
            "security assistance",
            "security support",
            "sales",
            "deliveries",
            "providing",
            "supplying",
            "criticis",
            "criticiz",
            "praised",
            "commend",
            "congratulat",
            "announc",
            "must",
            "accus",
            "summon",
            "travel",
            "advis",
            "convey",
            "marche",
            "intelligence",
            "cooperation with",
            "reject",
            "voiced",
            "recall",
            "withdraw",
            "air traffic",
            "trade with",
            "import",
            "expel",
            "diplomats",
            "ties",
            "relations",
            "war crime",
            "unconscionable",
            "unacceptable",
            "outrageous",
            "criminal act",
            "against humanity",
            "genocide",
            "aggression",
            "international community",
            "world",
            "shocked",
            "dismayed",
            "dismay",
            "express",
            "voice",
            "describ",
            "termed",
            "terming",
            "label",
            "brand",
            "lodged",
            "advocat",
            "violation",
            "breach",
            "reiterat",
            "reaffirm",
            "decri",
            "worried",
            "castigat",
            "slam",
            "called",
            "plead",
            "encourag",
            "implor",
            "restraint",
            "de-escalat",
            "deescalat",
            "suspend",
            "airspace",
            "travel ban",
            "visa ban",
            "entry ban",
            "allocat",
            "to hold",
            "thank",
            "expulsion",
            "ruled out",
            "rules out",
            "ruling out",
            "joint",
            "designat",
            "investigat",
            "inquiry",
            "probe",
        ),
        type=EventType.DIPLOMATIC_STATEMENT,
        triggers=triggers(
            # envoys or a mission sent to a country in crisis: "have deployed envoys to Eswatini", "deployed a
            # Technical Fact-Finding Mission to the Kingdom", "sent a delegation to meet with the ruling junta"
            r"\b(?:deployed|sent|dispatched|despatched)\b[^.;]{0,40}?\b(?:fact-finding missions?|envoys?|delegations?)"
            r"\b[^.;]{0,30}?\bto\b",
            # a complaint filed or a letter sent; an attack named cowardly
            r"\b(?:filed|lodged|submitted|lodges|files) (?:a |an )?(?:formal |official |strong |diplomatic )*"
            r"(?:complaint|protest)\b|"
            # a diplomat expelled, a war ruled out, a joint statement: "Somalia expels Ethiopian diplomat", "ordered
            # the expulsion of a senior diplomat", "has ruled out conflict with Eritrea", "issued a joint statement"
            r"\b(?:expels?|expelled|expelling|expulsion of) (?:an? |the |two |three |four |its |\d+ )?(?:[\w-]+ ){0,2}?"
            r"(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|charg[eé]s? d['’]affaires)\b|"
            r"\brul(?:ed|es|ing) out (?:a |any )?(?:war|conflict|military action|an invasion|invasion)\b|"
            r"\b(?:issued|released|signed|adopted) (?:a |their )?joint (?:statement|declaration|communiqu[eé])\b|"
            r"\bsent (?:a |an )?(?:official |formal )?letter to\b|\ban act of (?:cowardice|barbarism)\b|"
            r"\bcowardly (?:attack|act)\b",
            _STATES_PROTEST,
            # a side accused of arming the other's enemies, a group listed as terrorist, an inquiry demanded:
            # "accused Rwanda of backing the rebels", "designated the group a Foreign Terrorist Organization", "urged
            # the council to set up an inquiry", "a thorough investigation must be undertaken"
            r"\baccus\w* (?:[\w’'-]+ ){1,4}?of (?:backing|supporting|arming|funding|financing|sponsoring|harbou?ring|"
            r"training|sheltering|aiding) (?:the )?(?:[\w-]+ ){0,3}?(?:rebels?|militants?|militias?|insurgents?|"
            r"terrorists?|armed groups?|attackers|gunmen|separatists?|jihadi(?:st)?s|fighters)\b|"
            r"\bdesignat\w* (?:[\w’'(),-]+ ){0,12}?(?:as )?(?:an? )?(?:specially designated global |foreign )?"
            r"terrorist (?:organi[sz]ations?|groups?|entit(?:y|ies))\b|"
            r"\b(?:call\w* (?:on|upon)|urg\w*|ask\w*|demand\w*) (?:[\w’'-]+ ){1,8}?to (?:probe|investigate|"
            r"(?:set up|launch|open|conduct) an? (?:[\w-]+ ){0,2}?(?:inquiry|investigation))\b|"
            r"\bmust (?:launch|undertake|conduct|carry out|open) (?:an? |the )?(?:[\w,-]+ ){0,4}?(?:investigation|"
            r"inquiry|probe)\b|\b(?:investigation|inquiry) must be (?:undertaken|launched|conducted|carried out|"
            r"opened)\b",
            r"\b(?:urged|urges|urging|condemned|condemns|condemning|condemnations?|called for|calls for|called on|"
            r"calls on|called upon|calls upon|calling on|calling upon|calling for|"
            r"call for|call on|welcomed|welcomes|welcoming|appealed|appeals|demanded|demands|demanding|"
            r"denounced|denounces|"
            r"pledged|pledges|blamed|blames|deplored|deplores|criticised|criticized|criticises|criticizes|"
            r"praised|hailed(?! from| to stop| down)|hails(?! from| to stop| down)|lauded|decried|decries|castigat\w+|"
            r"slam(?:med|s|ming)(?! into| through| against| onto| down)|"
            r"(?:we |i |strongly |firmly )(?:\w+ly )?(?:condemn|denounce|deplore|urge|welcome)|advocat\w+ for|"
            # a present condemnation by more than one, or told in a headline: "rights groups condemn Pakistan", "the
            # Administrative Area condemn this barbaric attack", "Sharif, US, UN, China, India condemn"
            r"(?<!to )condemn(?= (?:this|the|these|that|those|all|any|in the strongest)\b|\s*$)|"
            # praise for another party, not for one's own forces ("congratulating the armed forces for liberating")
            r"(?:commend|commends|commended|commending|congratulat(?:e|es|ed|ing|ions))\b(?! (?:to )?[“\"']?"
            r"(?:the |our |its |his |their )?(?:great |brave |heroic )?(?:[\w-]+ ){0,3}?(?:armed forces|forces|troops|"
            r"soldiers|warriors|army|military|fighters|guards|personnel|police\w*|officers|chief of (?:the )?"
            r"(?:general )?staff|commanders?)\b))"
            r"\b(?! allegiance)(?! (?:on|for) (?:an? |the )?(?:affiliate|group|militants|rebels|insurgents|"
            r"jihadi(?:st)?s|"
            r"terrorists|isis|daesh))",
            r"\b(?:expressed|expresses|voiced|voices|raised|raises|to express|conveyed|conveys|to convey) [“\"']?"
            r"(?:his |her |its |their |our |my |the )?[“\"']?"
            r"(?:deep |grave |serious |growing |strong )?(?:concerns?|alarm|outrage|regret|condolences|solidarity|"
            r"support|dismay|rejection|indignation|grief|sorrow|sympathy|shock|anger|horror|"
            r"disappointment|frustration|repudiation)\b",
            # an attack a government or body names for what it is
            r"\b(?:calling|called|described|describing|termed|terming|labell?ed|branding|branded) (?:it|them|this|that|"
            r"the (?:[\w-]+ ){1,5}?)(?:as )?[“\"'‘]?(?:an? )?(?:[\w-]+ (?:and )?){0,2}?[“\"'‘]?(?:unacceptable|"
            r"horrific|tragic|unwarranted|reckless|brutal|barbaric|escalation|provocation|atrocit(?:y|ies)|massacre|"
            r"terrorist act|act of terror(?:ism)?|terrorist attack|terror attack)\b",
            # a characterisation quoted: "called the attack “one of the most daring …”", "a move the Pentagon
            # called “highly provocative”"
            r"\b(?:called|calling|described|describing|termed|branded|labell?ed) (?:it|this|that|the (?!situation)"
            r"(?:[\w-]+ ){1,3}?|[\w-]+[’']s (?:[\w-]+ ){0,2}?)"
            r"(?:as )?[“\"‘]|\b(?:a|an) (?:move|act|step|attack|strike|incident) (?:that )?(?:the )?(?:[\w.-]+ ){1,3}?"
            r"(?:called|described as|termed) [“\"‘]",
            r"\bwarn\w* (?:that )?(?:the )?(?:[\w’'-]+ ){1,4}?(?:could|might|risks?) (?:\w+ )?(?:spark|trigger|lead to|"
            r"plunge|escalate|spiral|spill|engulf|destabili[sz]e|ignite|rupture|sever|widen|provoke)\b|"
            r"\bwarn\w* (?:[\w’'-]+ ){1,4}?against\b|\ba call by (?:[\w’'-]+ ){1,5}?for\b",
            r"\b(?:is|are|was|were|am|we are|i am|says?|said) [“\"']?(?:(?:deeply|gravely|very|greatly|"
            r"increasingly|extremely|seriously|profoundly|particularly) )?(?:horrified|appalled|"
            r"alarmed|outraged|worried|concerned|shocked|dismayed)\b",
            r"\b(?:reiterated|reiterates|reiterate|renewed|repeated) (?:his |her |its |their |my |our )?(?:call|appeal|"
            r"demand)\b",
            # a mediator thanked: "thanked Egypt for its efforts", "thanked Egypt for their “active efforts”"
            r"\bthank(?:ed|s|ing)? (?:[\w’'-]+ ){1,4}?for (?:its|their|his|her|the) [“\"']?(?:[\w-]+ )?(?:efforts|role|"
            r"mediation)\b",
            # a commitment restated; a member suspended from a bloc: "suspending Sudan from all AU activities"
            r"\b(?:reaffirm|reiterat)\w* (?:its|their|his|her|our|the [\w-]+[’']s) (?:[\w-]+ )?commitment to (?:the )?"
            r"(?:peace|dialogue|bilateral dialogue|(?:the )?ceasefire|truce|halting|ending|de-?escalation)\b|"
            r"\bexpressing (?:his |her |its |their )?(?:deep |grave |serious )?(?:concern|alarm|outrage)\b|"
            r"\bsuspend\w* (?:[\w-]+ ){1,2}?from (?:all )?(?:[\w-]+ )?(?:activities|membership)\b",
            r"\b(?:reiterat|reaffirm)\w* (?:his |her |its |their |our |[\w-]+[’']s )?[“\"']?(?:unwavering |firm |full |"
            r"continued |strong |steadfast )?support[”\"']? (?:for|to)\b",
            r"\binformed the (?:un |united nations )?security council\b|"
            # a censure, scorn, a breakaway region recognised: "censured Moscow for abusing its power", "heaped scorn on
            # Putin's assertion", "recognised the independence of separatist regions"
            r"\bcensur(?:ed|es|ing)\b|\bheap(?:ed|s|ing) scorn on\b|"
            r"\brecogni[sz](?:ed|es|ing) (?:the )?independence of\b",
            r"\b(?:imposed|impose|imposes|imposing|announced|announces|slapped|approved|adopted|stepped up|tightened|"
            r"expanded|"
            r"expands|widened|broadened) (?:a |its |their )?"
            r"(?:new |fresh |further |financial |economic |trade |targeted |tougher |sweeping |additional )*"
            r"(?:(?:u\.?s\.?|eu|uk|british|american|european|western|g7) )?(?:package of )?sanctions\b|\bsanctions "
            r"(?:are|were|have been|had been) (?:being )?imposed\b|"
            # "the Treasury added two generals to its sanctions list"
            r"\b(?:added|adds|adding) (?:[\w,’'-]+ ){0,6}?to (?:its|the|their) (?:[\w-]+ )?sanctions list\b|"
            # people sanctioned by name, arms sales stopped: "sanctions four senior RSF commanders", "banned the export
            # of weapons to South Sudan"
            r"\bsanction(?:s|ed|ing) (?:[\w-]+ ){0,3}?(?:commanders?|leaders?|officials|generals?|individuals|entities|"
            r"companies|firms|ministers?)\b|\b(?:banned|bans|suspended|suspends|halted|halts) (?:the )?"
            r"(?:exports?|sales?) of (?:weapons|arms)\b",
            # weapons and military aid pledged or sent: "Germany will deliver 1,000 antitank weapons", "the US
            # authorised $350 million in new military assistance"
            r"\b(?:will|to|would) (?:now |also |soon )?(?:deliver|send|supply|provide|ship|transfer)\b[^;]{0,60}?"
            r"\b(?:weapons|missiles|arms|ammunition|(?:[\w-]+ )?equipment|tanks|artillery|air defen[cs]es?|military "
            r"(?:aid|assistance))\b|\b(?:authori[sz]ed|approved|announced|unveiled|pledged|committed)\b[^;]{0,40}?"
            r"\b(?:military|security|defen[cs]e) (?:aid|assistance|package)\b",
            # arms sales approved, deliveries cleared or begun, military aid stepped up: "approved a $20 billion sale of
            # fighter jets", "green-lights tank deliveries", "have begun sending F-16 fighters"
            r"\b(?:approved|approves|cleared|clears|authori[sz]ed|green-?lights|green-?lit) (?:an? |the )?"
            rf"(?:[\w$.,-]+ ){{0,4}}?(?:(?:{_ARMS}) (?:sales?|deals?|deliveries|transfers?|packages?)|sales? of\b"
            rf"[^;]{{0,40}}?\b(?:{_ARMS}))\b|\b(?:increasing|increased|increases|stepping up|stepped up|steps up|"
            r"boosting|boosted|boosts) (?:its |their )?(?:military|security) (?:aid|assistance|support)\b|"
            r"\b(?:begun|began|begin|begins|started|starts) (?:sending|delivering|supplying|transferring|shipping)\b"
            r"[^;]{0,40}?\b(?:weapons|arms|missiles|tanks|jets|fighters|f-16s?|munitions|ammunition|equipment|"
            r"air defen[cs]es?)\b(?=[^;]{0,40}?\b(?:to|for)\b)|\bcommitted to (?:providing|supplying|sending|"
            r"delivering)\b",
            r"\bsaid (?:it|they) would (?:send|support|not support|work|deploy|provide)\b",
            r"\bwould not support\b",
            # a pledge of help, not any promise: "promised aid to help rebuild Gaza"
            r"\bpromised (?:\w+ ){0,3}?(?:aid|support|assistance|weapons|help|funding|sanctions|reconstruction)\b",
            r"\bwarned (?!(?:that )?\w+ (?:would|will))(?:on \w+ )?(?:of|against)\b",
            r"\b(?:summon\w* (?:of )?(?:the |its |their |an? )?(?:[\w’'-]+ ){0,2}?(?:ambassadors?|envoys?|charges?|"
            r"diplomats?|high commissioners?|(?:deputy )?heads? of mission|(?:top |senior )?diplomatic "
            r"representatives?)|"
            # a travel advisory: "issued a Level 3 travel advisory", "advised its citizens against travelling to Japan"
            r"(?:issu\w*|upgrad\w*|rais\w*|in) (?:a |an |its |their )?(?:new |formal |updated )?(?:level[- ]\d )?"
            r"travel (?:advisory|warning|alert)|(?:advis\w*|warn\w*|urg\w*) (?:[\w’'-]+ ){0,3}?against "
            r"(?:all |any |non-essential )?travel\w*|(?:advis\w*|urg\w*) (?:its |their |all )?(?:citizens|nationals) "
            r"to (?:avoid|put off|postpone|defer|reconsider|leave)\b|"
            # a protest lodged, a tie cut, a rejection or a disagreement stated by a government
            r"issu\w* (?:a |an )?(?:[\w-]+ )?d[ée]marche|(?:suspend\w*|halt\w*|froze|freez\w*) (?:all )?"
            r"(?:intelligence[- ]sharing|(?:communication and )?(?:security |military |intelligence )?cooperation) "
            r"with|lift\w* (?:the )?(?:[\w-]+ )?sanctions (?:on|against)|"
            r"(?:forcefully|firmly|categorically|strongly|flatly) reject\w*|"
            r"voiced (?:its |his |her |their )?(?:disagreement|concern|opposition)|"
            r"(?:recall\w*|withdr(?:[ae]w|awn)|(?:recall|withdrawal) of) (?:its |their |his |her )?"
            r"(?:ambassador|envoy)s?|(?:ambassador|envoy|diplomat|charg[ée] d[’']affaires|representative)s? "
            r"(?:of [\w’' -]{1,40}? )?(?:\w+ )?(?:was|were|"
            r"had been|has been|have been) summoned|expell?\w* (?:\w+ ){0,2}?diplomats|"
            r"diplomats (?:\w+ )?(?:were|was|have been|"
            r"had been) expelled|(?:cut|cuts|cutting) (?:off )?(?:all )?(?:diplomatic )?ties|"
            r"(?:broke|breaks|break|breaking|broken) off (?:all )?(?:diplomatic )?(?:ties|relations)|"
            r"sever(?:ed|s|ing)? (?:diplomatic )?"
            r"(?:ties|relations)|(?:lodged|registered|to register) (?:a |an |its |their )?[“\"]?(?:formal |"
            r"strong )?(?:protest|complaint))\b",
            r"\b(?:flagrant|grave|serious|blatant|clear) (?:violations?|breach(?:es)?) of (?:international|"
            r"human rights|humanitarian)\b|"
            r"\b(?:called|described|denounced|condemned|"
            r"labell?ed|branded|termed) (?:\w+ ){0,4}?(?:as )?(?:an? )?(?:[\w-]+ )?(?:war crimes?|"
            r"crimes? against humanity|"
            r"genocide)|\bunconscionable\b|\boutrageous\b|"
            # what a body warns attacks may be: "the ICC has warned that these atrocities could amount to war crimes"
            r"\b(?:could|may|might|would|can) (?:\w+ )?(?:amount to|constitute) (?:an? )?(?:war crimes?|crimes? "
            r"against humanity|genocide)\b",
            r"\bmust (?:immediately |now |urgently )?(?:be brought to an end|stop|end|cease|be stopped|be halted)\b",
            # "vowed to hold those involved in the clashes accountable"
            r"\bvow\w* to hold (?:[\w’'-]+ ){1,10}?(?:accountable|responsible)\b",
            # restraint pleaded for: "pleaded with both sides to exercise restraint", "encourages all parties to
            # prioritise de-escalation"
            r"\b(?:plead\w*|encourag\w*|implor\w*|exhort\w*|urg\w*|ask\w*|call\w* on) (?:with )?(?:[\w’'-]+ ){0,4}?to "
            r"(?:(?:exercise|show) (?:maximum |utmost |the utmost )?restraint|(?:prioriti[sz]e|pursue|seek|choose|"
            r"work (?:for|towards?)) (?:an? )?(?:immediate )?(?:de-?escalation|dialogue|diplomacy))\b|"
            r"\bcall\w*\b[^;]{0,30}?\bfor (?:the )?(?:utmost |maximum )?restraint\b",
            # measures one state takes against another: a treaty suspended, attaches expelled, airspace closed, bans
            r"\b(?:suspend\w*|scrapp\w*|revok\w*) (?:the |its |all )?(?:[\w-]+ ){0,3}?(?:treaty|trade (?:links|ties)|"
            r"visas|diplomatic relations)\b|\bexpell?\w* (?:\w+ ){0,3}?(?:attach[eé]s|ambassadors?|envoys?)\b|"
            r"\bclos\w* (?:its|their) airspace\b|\bimpos\w* (?:\w+ )?(?:travel|visa|entry) bans?\b|"
            # "its airspace is closed to all civilian and military flights", "to ban all air traffic between the two
            # countries", "Niger banned all trade with Benin", "had blocked exports from Niger via its port"
            r"\bairspace (?:is|was|has been|had been|will be) (?:\w+ )?closed\b|\bban\w* (?:all )?air traffic\b|"
            r"\b(?:bann\w*|block\w*|halt\w*|suspend\w*) (?:all )?(?:trade|imports|exports) (?:with|from|to)\b",
            # aid with its sum: "announced $8.5 million in humanitarian assistance", "ready to allocate 150 million
            # euros to help the army"
            r"\b(?:announc\w*|pledg\w*|commit\w*|allocat\w*|approv\w*|unveil\w*|provid\w*) (?:an? (?:additional |"
            r"further |new )?)?(?:(?:us)?\$|€|£)?\d[\d.,]* (?:million|billion|bn)\b(?: [\w$]+){0,2}? (?:in |of |to )?"
            r"(?:(?:humanitarian|emergency|additional|new|military|financial) )*(?:aid|assistance|funding|help|"
            r"support|assist)\b",
            r"\b(?:called|described|deemed|termed|labell?ed|branded)\b[^;]{0,100}?[“\"']?(?:an? )?(?:criminal act|"
            r"crimes? "
            r"against humanity|war crimes?|genocide|act of aggression)\b|\b(?:international community|world) (?:must|"
            r"should|"
            r"needs to|has to) act\b",
        ),
        # a charity's, a committee's or a network's appeal: not a state's statement
        excludes=re.compile(
            # what protesters said or carried: the protest's demands, not a party's statement
            r"^\W*(?:[\w-]+ ){0,3}?(?:protesters?|demonstrators|marchers|protest leaders?)\b|"
            # people who have been protesting or rallying, and call for something ("the UN condemned the killing of
            # people protesting, calling for restraint" is the UN's call)
            r"\b(?:have been|has been|had been|were|are) (?:protesting|demonstrating|rallying|marching)\b[^.;]{0,60}?"
            r"\b(?:calling|to call|demanding|to demand)\b|"
            r"^\W*(?:the (?:organi[sz]ation|committee|network|charity|ngo|coalition of \w+)|the csos?) "
            r"(?:\w+ )?(?:call\w*|urg\w*|condemn\w*|appeal\w*)\b|"
            # a humanitarian NGO's own appeal or concern (1 of 19 such sentences is labelled a statement)
            r"\b(?:msf|médecins sans frontières|doctors without borders|nrc|norwegian refugee council|save the "
            r"children|amnesty(?: international)?|human rights watch|hrw|oxfam|international rescue committee|care "
            r"international|mercy corps|world vision|caritas|humanitarian (?:groups|agencies|organi[sz]ations|actors|"
            r"partners))\b[^.]{0,80}?\b(?:condemn|call|urg|demand|concern|alarm|"
            r"appeal|welcom)\w*"
        ),
        unless=re.compile(
            # praise for one's own side, and a name someone is hailed by: "praised the heroism of North Korean troops",
            # "praised the medical staff", "is being hailed as a decisive blow", "hailed as a Robin Hood-type figure"
            r"\b(?:praised|praising|praises|hailed|hailing|hails|lauded|lauding)\b (?:the )?(?:[\w\"“”'-]+ ){0,3}?"
            r"(?:heroism|troops|soldiers|forces|fighters|staff|medics|doctors|nurses|battle|army|police|bravery|courage)\b|"
            r"\bhailed as\b|"
            # a leader's call to their own side: "al-Sadr called on his supporters to come together"
            r"\b(?:call(?:ed|s|ing)? on|urg(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)? to) (?:his|her|its|their) "
            r"(?:own )?(?:[\w-]+ )?(?:members|supporters|followers|partisans|loyalists)\b|"
            # concern raised by an event, not voiced by a party: "the incident raised concerns about the peace"
            # "… and raises concerns over": a present-tense concern is an event's, as parties voice theirs in the past
            r"\braises (?:\w+ )?concerns?\b|"
            r"\b(?:incident|this|it|which|attack|strike|raid|shelling|killing|fighting|clashes|situation|violence|move|"
            r"escalation|development|success|breach\w*|incursion)\b[^;]{0,40}?"
            r"\brais(?:ed|es|ing) (?:\w+ )?concerns?\b|"
            # civilians told what to do, by an army or a group: an order or a warning, not a statement
            r"\bcall(?:ed|s|ing)? for (?:the |an )?(?:immediate |urgent |full |partial )?evacuation of\b|"
            r"\b(?:urg\w+|call\w* on|called upon) (?:the )?(?:civilians|residents|villagers|people|inhabitants|"
            r"afghans|gazans|palestinians|the public|citizens|youths?)\b (?:[\w-]+ ){0,12}?(?:to|not to)\b|"
            rf"{_ALERT_NOT_THREAT}|"
            r"\bconcerns? (?:among|for) (?:the )?(?:locals|residents|villagers|people|families)\b|\bblamed on\b|"
            r"\b(?:protesters?|protests?|demonstrators|demonstrations?|rall(?:y|ies)|marchers|march(?:es)?|crowds?|"
            r"refugees|residents|villagers|mobs?)\b"
            r"[^;]{0,160}\b(?:demand\w*|call\w* for|condemn\w*|"
            r"urg\w*|express\w* (?:\w+ )?concerns?)\b|"
            # an attack blamed on someone is an accusation of the attack, not a political statement
            r"\bblam(?:ed|es)\b[^;]{0,60}?\b(?:for|of) (?:the |this |that |a |an )?(?:[\w-]+ ){0,2}?(?:attacks?|"
            r"incidents?|fire|firing|fighting|shelling|strikes?|bombings?|killings?|explosions?|blasts?|provocations?|"
            r"violence|unrest|ambush)\b|\bblam(?:ed|es) (?:the |this |that )?(?:[\w'’-]+ ){0,3}?(?:attacks?|incidents?|"
            r"fighting|shelling|strikes?|bombings?|killings?|explosions?|blasts?) on\b|"
            # demands as a thing had or made, not a demand voiced: "the three demands it made", "their demands"
            r"\b(?:its|their|his|her|the|these|those|both|of|\d+|two|three|four|five|several|endless|unrealistic|"
            r"[\w-]+['’]s|made|raised|list of \w+) demands\b|"
            r"\b(?:villagers|residents|locals|families|witnesses|survivors|children|farmers|parents|people)\b "
            r"(?:were|are|was) "
            r"(?:\w+ )?(?:horrified|shocked|terrified|alarmed)\b|"
            r"\b(?:deal|agreement|resolution|accord|plan|proposal|framework|text|document|draft)\b[^;]{0,80}?\bcalls? "
            r"(?:for|on)\b|"
            r"\b(?:called on|urged|urge|appealed to|instructed) (?:the )?(?:local )?(?:residents|civilians|people|the "
            r"population|\w+ civilians|(?:its |their )?"
            r"citizens|nationals)(?: (?:of|in|near|from|living) [^;]{0,30}?)? to (?:seek|take|evacuate|leave|flee|move|"
            r"stay|remain)"
            # authorities asking their own people to help or keep calm; a call for help
            r"|\b(?:urg|appeal|call)\w* (?:on |upon |to |for )?(?:the )?(?:people|residents|communities|chiefs|elders|"
            r"youths?|volunteers|locals|public|population|local tribes)\b(?: of [\w-]+)?[^;]{0,40}?\bto (?:cooperate|"
            r"collaborate|work (?:closely )?with|maintain calm|remain calm|keep calm|be vigilant|remain vigilant|"
            r"stay vigilant|report|volunteer|form|"
            r"support|join)\b|\burged (?:the )?people\b|\bcalled for (?:an |the )?(?:ambulances?|help|backup|"
            r"reinforcements|(?:close )?(?:air|artillery|air and artillery) support)\b|\bcalls? for (?:\w+ )?(?:help|"
            r"assistance|support) went unanswered\b"
            # what raiders demanded of the people they raided
            r"|\b(?:the )?(?:attackers|assailants|kidnappers|raiders) (?:\w+ )?(?:demanded|ordered|called on)\b"
            # a call to protest, march or boycott is a side mobilising, not a stand taken: "the opposition called for
            # a boycott", "called on Somalis to rally"
            r"|\bcall\w* (?:for|on) (?:\w+ )?(?:to )?(?:a |the |mass |nationwide |fresh |new |more )?(?:[\w-]+ )?"
            r"(?:protests?|march(?:es)?|demonstrations?|rall(?:y|ies)|general strikes?|sit-ins?|boycotts?)\b"
            # a vow of force is a threat, not a stand taken
            r"|\b(?:pledg|vow|promis)\w* (?:to )?[“\"']?(?:retaliate|avenge|respond|punish|hunt|pursue)\b"
            # a pledge to keep talking is where talks stand
            r"|\bpledg\w* to (?:hold|resume|continue|start|open) (?:\w+ )?(?:talks|negotiations|dialogue)\b"
            # an attack laid at a party's door tells what happened; "civilians were urged" names no one urging;
            # rejecting a plan or an offer is where talks stand
            r"|\b(?:is|are|was|were|been|being) urged\b|\b(?:blam|accus)\w+ (?:each other|one another)\b|"
            # accused by no one named ("has been accused of"), and a force's own losses deplored
            r"\b(?:is|are|was|were|been|being) (?:\w+ )?accused\b|\bwe deplore the (?:loss|deaths?) of\b|"
            r"\bsources blamed\b"
            r"|\bblam\w+ (?:the )?(?:[\w-]+ )?(?:attacks?|strikes?|bombings?|explosions?|blasts?) on\b"
            r"|\bblam\w+ (?:[\w’'()-]+ ){1,6}?for (?:the |an? |regular |recent |repeated |starting |renewed )?"
            r"(?:[\w-]+ )?(?:attacks?|strikes?|fighting|clash\w*|shelling|bombings?|killings?|explosions?|blasts?|"
            r"barrages?|assaults?|raids?)\b"
            r"|\breject\w* (?:[\w’'-]+ ){0,3}?[\"“']?(?:plan|proposals?|offers?|idea|conditions|formulation|terms)\b"
            # a denial tells what happened; condolences to the families of a force's own dead are no stand taken
            r"|\breject\w* (?:the )?(?:accusations?|allegations?|claims?|reports?)\b"
            r"|\b(?:express|extend)\w* (?:his |her |its |their |our )?(?:deep(?:est)? |heartfelt |sincere )?"
            r"(?:condolences|sympathy|support)\b[^;]*\b(?:soldiers?|servicem[ae]n|troops|comrades|colleagues|"
            r"personnel|officers?)\b"
            # spoken by no government, leader or international body: civil society, residents, a doctors' network
            r"|\b(?:civil society|residents|villagers|locals|families|relatives|witnesses|survivors|activists|critics|"
            r"elders|communities|journalists|médecins sans frontières|doctors without borders|msf|amnesty|"
            r"human rights watch|hrw|save the children|oxfam|norwegian refugee council|international rescue committee|"
            r"ngos?|non-governmental organi[sz]ations?|charit(?:y|ies)|"
            r"(?:doctors|medical|rights|humanitarian)[’']? (?:network|syndicate|"
            r"groups?|organi[sz]ations|actors|partners)|network|syndicate|committee|gathering|red crescent|"
            r"opposition (?:parties|groups|figures)|political (?:figures|parties)|"
            # nor by armed groups, congregations or the two sides of a feud
            r"rebels|separatists?|separatist (?:groups|fighters)|insurgents|jihadi(?:st)?s|militants|gunmen|bandits|"
            r"armed groups|mosques|churches|clerics|imams|religious leaders|bishops|both sides|"
            r"sects|farmers|herders|protesters?|demonstrators?|rioters)\b[^;]{0,60}?\b(?:"
            r"condemn\w*|denounc\w*|call\w* (?:on|for|upon)|urg\w*|appeal\w*|demand\w*|accus\w*|blam\w*|criticis\w*|"
            r"criticiz\w*|express\w*|voic\w*|advocat\w*|horrif\w*|appall\w*|shock\w*|outrag\w*|alarm\w*|"
            r"dismay\w*)[^;]*"  # to the end of what they said
            # a force's own officers praising, urging or consoling their forces: command, not a stand taken
            r"|\b(?:dpo|district police officer|police (?:chief|commander|officer)|(?:brigade |division |unit )?"
            r"commander|col\.?|colonel|lt\.? col\.?|maj\.?(?: gen\.?)?|major general|brig\.?(?: gen\.?)?|"
            r"brigadier(?: general)?|army chief(?: of staff)?|chief of (?:army |defence |defense )?staff)(?!\w)"
            r"[^;]{0,80}?\b(?:laud\w*|prais\w*|urg\w*|express\w*|hail\w*|commend\w*)\b"
            # a quoted statement signed by a charity: "“We are shocked …,” says the president of MSF"
            r"|[“\"][^”\"]{0,300}[”\"],?\s+(?:said|says|according to)\b[^;]{0,80}?\b(?:médecins sans frontières|"
            r"doctors without borders|msf|amnesty|human rights watch|save the children|oxfam|norwegian refugee council|"
            r"international rescue committee|red crescent|red cross|icrc)\b"
        ),
        confidence=0.8,
    ),
)

GATES = Gates(PATTERNS)
# the pattern whose readers (figures, places, duration) serve an event of its type that the
# sentence model finds where no pattern's trigger did; a reported pause has no such reading
READERS = {p.type: p for p in reversed(PATTERNS) if not p.pause and not p.fallback}
