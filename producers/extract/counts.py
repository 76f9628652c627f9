"""Which figure in a sentence counts what.

A quantity's field comes from the noun after it ("65 children", "4,000 rockets",
"450 buildings") and, for people, from the verb that says what happened to them:
right after the noun phrase ("232 Palestinians … have been killed", "1,900
wounded"), else just before it ("killed at least 160 combatants", "the death
toll in Israel at 12"), else later in the clause. Children and women are parts of
a toll; when no total is given for their role, they make it ("a woman was killed
and four children wounded": killed 1, injured 4). Only the fields an event type
carries are kept (see pattern.ExtractionPattern.counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise, repeat

from conflictwatch.models import COUNT_FIELDS, Counts, assembled
from producers.extract.alternation import factored
from producers.extract.numbers import CHANGED_FROM, Quantity, find_quantities, parse_number_words
from producers.extract.pattern import folded_needle_sets, holds_needles, may_match_folded, needle_sets

# plural nouns that a figure counts but that are not people ("45 houses", "12 hours")
_NOT_PEOPLE = (
    r"houses|homes|buildings|vehicles|cars|trucks|tanks|drones|missiles|rockets|shells|bombs|days|hours|minutes|weeks|"
    r"months|years|times|attacks|strikes|raids|villages|towns|cities|districts|provinces|regions|areas|sites|targets|"
    r"states|governorates|counties|localities|settlements|hamlets|neighbou?rhoods|municipalities|"
    r"locations|points|kilometres|kilometers|miles|metres|meters|tonnes|tons|kilograms|kilos|kg|trucks|percent|"
    r"dollars|euros|hectares|trains|flights|buses|"
    r"acres|units|rounds|shops|schools|hospitals|camps|tents|incidents|cases|votes|seats|calls|hostages|"
    r"compounds|offices|temples|mosques|churches|shrines|monasteries|pagodas|businesses|stores|markets|bridges|"
    r"shillings|pounds|rupees|naira|francs|birr|hryvnias|roubles|rubles|shekels|riyals|dinars|pesos|afghanis|taka|"
    r"bodies|sorties|positions|posts|bases|aircraft|jets|planes|helicopters|ships|vessels|boats|projectiles|"
    r"mortars|structures|apartments|facilities|objects|weapons|guns|rifles|mines|containers|tankers|miles|kms|"
    r"explosions|blasts|explosives|bombings|donkeys|cattle|cows|goats|sheep|camels|animals|livestock|horses|herds|"
    r"centres|centers|shelters|violations|breaches|kits|packages|parcels|meals|items|blankets|litres|liters|"
    r"hits|bullets|shots|casings|cartridges|"
    r"countries|nations|sides|parties|governments|armies|neighbours|neighbors|"  # "between the two countries"
    r"communities"
)

# what a word before "soldiers" or "rebels" must not be for them to be the figure's noun ("civilians and soldiers")
_NOT_FIGHTERS = (
    r"people|persons|civilians|residents|women|children|of|and|or|in|at|on|were|was|are|is|the|their|its|"
    r"killed|dead|wounded|injured|hurt"
)
# "private houses", "Iranian-made Shahed drones", "five-storey apartment blocks": not "people in homes"
_QUALIFIERS = (
    r"(?:(?!(?:people|persons|civilians|of|in|at|on|and|or|were|was|have|had|the|their|its|his|her)\b)[\w-]+\s+){0,2}?"
)
_NOUN_FIELDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "three other children", "two small children", "two young women"
    (
        re.compile(
            r"(?:(?:other|more|young|small|little) )?(?:children|child|minors|boys|girls|boy|girl|kids|baby|infant|"
            r"toddler)\b"
        ),
        "children",
    ),
    (re.compile(r"(?:(?:other|more|young) )?(?:women|woman)\b"), "women"),
    (
        re.compile(
            r"(?:(?:new|newly arrived|newly displaced) )?(?:IDPs|internally displaced(?: people| persons)?|displaced "
            r"(?:people|persons|individuals)|(?:[A-Z][\w-]+ )?refugees|asylum[- ]seekers|returnees|evacuees|"
            r"(?:new[- ])?arrivals|"
            r"(?:forced )?displacements)\b"
        ),
        "displaced",
    ),
    (
        re.compile(
            r"(?:of\s+(?:their|its|the|our)\s+)?"
            # "three suspected PKK militants"
            rf"(?:(?!(?:{_NOT_FIGHTERS})\b)[a-z][\w-]+\s+(?=[A-Z]))?"
            # "Taliban fighters", "Malian soldiers", "government forces", "pro-Assad militiamen", "al Shabab militants"
            r"(?:(?:(?:(?:al|el)[- ])?[A-Z][\w’'-]+|\([A-Z][\w’'-]+\)|government|security|armed|enemy|army|volunteer|"
            r"regime|opposition|allied|pro-[\w-]+|militia|paramilitary|military|tribal|clan)\s+(?:and\s+)?){0,3}"
            # "two unidentified militants", "four communist rebels", "suspected gang members"
            rf"(?:(?!(?:{_NOT_FIGHTERS})\b)[a-z][\w-]+\s+)?"
            # "2 Indonesian Soldiers Killed": a headline's capitals
            r"(?:(?i:combatants?|militants?|fighters?|gunm[ae]n|operatives?|soldiers?|servicem[ae]n|service ?members|"
            r"terrorists|rebels|insurgents|jihadists|bandits|troops|gang members|gangsters)|"
            # one of them, but not the word as an adjective ("two rebel kamikaze drones")
            r"(?:rebel|terrorist|insurgent|jihadist|bandit)(?=\s*(?:[,.;:)”\"]|$|(?:was|is|has|had|who|and)\b))|"
            # "three Army personnel", "two BSF personnel", "27 loyalist personnel"
            r"(?:[A-Z][\w-]+|security|army|military|loyalist|paramilitary|naval|border)\s+personnel|"
            # "two FPRC members", "three Dawlah Islamiya members"
            r"(?:(?!(?:UN|Council|Cabinet|Parliament|Congress|Family|Crew|Staff)\b)[A-Z][\w-]+\s+){1,3}members|"
            r"[Kk]hwarij|[Kk]hawarij|commanders?|[Mm]aoists?|[Nn]axal(?:ite)?s?|cadres?|separatists?|extremists?|"
            r"Taliban(?!\s+(?:government|regime|authorities|administration|rule|officials?|spokesman|leaders?|"
            r"leadership))|"
            r"enem(?:y|ies)|assailants|attackers|mercenaries|"
            r"paramilitar(?:y|ies)|militiam[ae]n|militias|peacekeepers|rangers?|troopers?|gendarmes?|conscripts?|"
            r"jawans?|riflem[ae]n|sepoys?|commandos?|border guards?|[Pp]eshmerga|"
            r"(?:government|security|armed|regime|allied) "
            r"(?:forces(?: members)?|force (?:members|personnel))|"
            # "members of the New People's Army (NPA)", "members of the Bangsamoro Islamic Freedom Fighters"
            r"members of (?:the )?(?:[\w’'-]+ ){0,4}?(?i:forces|militias?|army|armed groups?|brigades?|battalions?|"
            r"units?|front|fighters|movement|guards?|guard corps|resistance)|"
            r"members of (?:the )?(?:[A-Z][\w-]+ )?(?:Hezbollah|Hamas|Islamic Jihad|"
            r"al-Shabaa?b|Shabaa?b|Islamic State|ISIS|M23|RSF|Wagner))\b"
        ),
        "combatants",
    ),
    (re.compile(r"(?:(?:drone|missile|rocket)\s+(?:and\s+)?)+(?:attacks|strikes)\b"), "strikes"),
    (
        re.compile(rf"{_QUALIFIERS}(?:rockets?|missiles?|projectiles|drones?|shells|mortars?|salvos)\b"),
        "projectiles",
    ),
    (re.compile(r"(?:[\w-]+\s+)?(?:air ?strikes?|airstrikes?|strikes|raids|sorties|targets)\b"), "strikes"),
    (
        re.compile(
            rf"{_QUALIFIERS}(?:buildings?|homes|houses|apartments|structures|towers|blocks|shops|stores|"
            r"schools|hospitals|clinics|mosques|churches|kindergartens|warehouses|offices)\b"
        ),
        "buildings",
    ),
)
# "12 houses, four shops, a kindergarten and an administrative building were damaged": one figure
_BUILDINGS_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:,\s*)?and\s+)")
_ONE_PROJECTILE = re.compile(
    rf"\b(?:an?|one)\s+{_QUALIFIERS}(?:missile|drone|rocket|bomb|shell|projectile)\s+(?:\w+\s+)?(?:hit|struck|"
    r"slammed|landed|fell|exploded|crashed)\b",
    re.IGNORECASE,
)
_ONE_BUILDING = re.compile(
    rf"\b(?:an?|one)\s+{_QUALIFIERS}(?:building|house|home|school|hospital|clinic|kindergarten|shop|store|"
    r"mosque|church|warehouse|tower|block)\b",
    re.IGNORECASE,
)
_ONE_PROJECTILE_NEEDLES, _ONE_BUILDING_NEEDLES = folded_needle_sets(_ONE_PROJECTILE), folded_needle_sets(_ONE_BUILDING)
_ONE_MORE_BUILDING = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|(?:,\s*)?and\s+)(?:an?|one)\s+{_QUALIFIERS}(?:building|house|home|school|"
    r"hospital|clinic|kindergarten|shop|store|mosque|church|warehouse|office|tower|block)\b"
)
_PEOPLE = re.compile(
    r"\s*(?:[,.;:)”\"–—]|$|of (?:the |their |its )?[“\"]?[a-z]|(?:in|at|on|near|outside|since|after|amid|across|and|"
    r"over|were|was|"
    r"have|had|are|"
    r"reportedly|allegedly|also|last|yesterday|today|overnight|during|when|while|earlier|late|early|"
    r"killed|dead|died|wounded|injured|hurt|fatality|death|injury|"
    r"fled|flee|crossed|displaced|evacuated|homeless|more|others|other(?!\s+(?:[\w-]+\s+)?(?:" + _NOT_PEOPLE + r")\b)|"
    r"people|"
    r"to flee)\b|[“‘]?(?:(?!(?:" + _NOT_PEOPLE + r")\b)"
    r"[\w’'-]+\s+){0,2}?(?:people|persons|"
    r"civilians|"
    r"residents|others|members|relatives|troops|workers|journalists|men|policemen|officers|staff|patients|medics|"
    r"worshippers|passengers|students|children|personnel|police|crew|military|service members|"
    r"(?!(?:" + _NOT_PEOPLE + r")\b)[a-z’'-]+(?:s|men)|"
    r"[A-Z][a-z]+(?:ans|ians|is|ese|s)|Rohingyas?|(?<=\b[Oo]ne )[A-Z][a-z]+(?:an|i|ese)|"  # "killed one Palestinian"
    # an armed group's members by its acronym ("seven CNTs", "two NPAs"), not its weapons ("two IEDs")
    r"(?!(?:IED|UAV|APC|RPG|MRAP|IFV|AFV|SAM|ATGM|MLRS|VBIED|ICBM)s\b)[A-Z]{2,6}s)\b)"
)
COUNT_FIELDS_ALL = frozenset(COUNT_FIELDS)
_SUBSETS = frozenset({"children", "women"})
_PEOPLE_FIELDS = frozenset({"children", "women", "combatants"})
_TAKEN = "taken"  # people abducted: a figure for them is none of the counts
# killings done by hand: "hacked to death", "lynched"
_KILLED_BY_HAND = (
    r"(?:hacked|beaten|stabbed|clubbed|stoned) to death|lynched|had (?:their|his|her) throats? (?:slit|cut)"
)
# wounds that killed: "was fatally wounded" is a death, not an injury
_FATALLY_HURT = r"(?:fatally|mortally) (?:wounded|injured|stabbed)"
_SHOT_DEAD = r"shot (?:dead|to death)"
_MARTYRED = r"embraced (?:martyrdom|[Ss]hahadat)"  # as Pakistan's army tells its dead
# people put in a hospital's care: the injured ("were rushed to hospital", "admitted to the regional hospital")
HOSPITALISED = (
    r"(?:admitted|taken|rushed|brought|transferred|evacuated|sent) to (?:a |the )?(?:\w+ )?hospitals?|hospitali[sz]ed"
)
# people in medics' care: the injured ("over 200 people received medical treatment", "25 have sought medical
# assistance", "more than 30 people had to be treated at hospitals", "nine survivors are in hospital")
MEDICAL_CARE = (
    r"(?:received|receiving|sought|seeking|needed|required) (?:medical|hospital) (?:treatment|aid|assistance|care|"
    r"attention)|(?:had to be|needed to be) treated (?:at|in) (?:a |the )?(?:\w+ )?hospitals?|in (?:a |the )?hospitals?"
)
# people hurt with no wound: a blast's shock ("11 troops were treated for concussion symptoms", "two civilians
# suffered concussion"), or a gas ("40 people suffered choking and skin irritation", "70 were affected by the gas")
HURT_UNWOUNDED = (
    r"(?:treated for|suffered|sustained|suffering from|suffered from|developed) (?:symptoms of )?(?:a )?"
    r"(?:concussions?|(?:partial )?(?:choking|suffocation|asphyxiation)|breathing difficulties|respiratory (?:problems|"
    r"distress)|(?:skin )?(?:irritation|blisters))|concussed|affected by (?:the )?(?:toxic |poison )?(?:gas|chemicals?|"
    r"chlorine|sarin|mustard)"
)
_HURT_UNWOUNDED_ROLE = re.compile(HURT_UNWOUNDED)  # a role read as one of these is an injury
# people gone from where they lived: "18,500 people have left the area"
LEFT_HOME = r"left (?:the|their) (?:homes|area|areas|region|villages?|towns?|city|district)"
# people kept where the displaced are kept: "918 people are staying in six relief camps", and counted by the
# shelters that keep them: "3,769 individuals are still housed in 39 sites"
IN_RELIEF_SITES = (
    r"(?:staying|living|housed|accommodated|lodged) in (?:[\w-]+ ){0,2}?(?:relief|displacement|idp|evacuation|"
    r"transit) (?:camps?|centres?|centers?|shelters?|sites?)"
)
IN_COUNTED_SHELTERS = (
    r"(?:housed|accommodated|lodged) in [\d,.]+ (?:collective )?(?:shelters|sites|centres|centers|camps|schools)"
)
_BODY_PART = (
    r"(?:the|his|her|their) (?:left |right |lower |upper )?(?:legs?|arms?|head|chest|back|shoulders?|hands?|"
    r"feet|foot|abdomen|stomach|thighs?|neck|face|eyes?)"
)
# people hurt by gunfire or a canister, told by the wound or the round: "shot in the leg", "shot with a live bullet",
# "struck in the head by a tear gas canister"
SHOT_IN_BODY = (
    rf"shot in {_BODY_PART}|(?:shot|hit|struck)(?: in {_BODY_PART})? (?:with|by) (?:an? |the )?(?:live |rubber |"
    r"rubber-coated |metal |stray )?(?:bullets?|rounds?|(?:tear[- ]?gas )?canisters?)"
)
_ROLE_WORDS = (
    (
        re.compile(
            # (not an engine or a line that went dead)
            r"\b(?:killed|killing|kills|kill|(?<!gone )(?<!went )dead|died|dies?(?!-)|succumbed|deaths?|murders|"
            r"homicides|death toll|"
            r"lost (?:their lives|his life|"
            r"her life)|"
            r"fatalit(?:y|ies)|toll|"
            rf"neutrali[sz](?:ed|e)|eliminated|slain|perished|{_SHOT_DEAD}|shooting dead|"
            r"lives (?:have been |had been |were )?lost|"
            rf"sent to hell|assassinated|made the (?:ultimate|supreme) sacrifice|{_MARTYRED}|"
            r"massacred|massacring|massacre of|burn(?:ed|t) (?:alive|to death)|executed|martyred|behead(?:s|ing)?|"
            r"decapitat\w*|beheaded|murdered|slaughtered|gunned down|mowed down|"
            rf"{_KILLED_BY_HAND}|shot and killed|fatally shot|{_FATALLY_HURT}|"
            # "kidnapped and murdered": the people were killed, not only taken
            r"(?:kidnapped|abducted) and (?:later |then )?(?:killed|murdered|executed|beheaded))\b"
        ),
        "killed",
    ),
    (
        re.compile(
            r"\b(?:wounded|wounding|injured|injuring|injuries|injures?|injury|hurt|wounds|"
            r"(?<!fatally )(?<!mortally )stabbed(?! to death)|hit by (?:rubber |"
            rf"live |stray )?bullets|{SHOT_IN_BODY}|"
            r"(?:being |were |was )treated (?:at|in) (?:a |the )?(?:\w+ )?hospitals?|"
            rf"{HOSPITALISED}|{MEDICAL_CARE})\b"
        ),
        "injured",
    ),
    (
        re.compile(
            r"\b(?:fled|fleeing|displaced|displacements?|displacing|displaces|flight of|exodus of|evacuations? of|"
            r"movements? of|influx of|arrivals? of|"
            r"homeless|evacuated|evacuating|evacuates|uprooted|"
            # "forced seven million people from their homes", "have been driven from their homes"
            r"forced to (?:leave|flee|migrate)|(?:(?:forced|driven|chased) )?(?:from|out of) their homes|"
            r"took refuge|taking refuge|"
            rf"taken refuge|sought refuge|leave their homes|{LEFT_HOME}|abandoned (?:their homes|the villages?|the "
            r"towns?)|returned(?! fire)|returning(?! fire)|moved(?! to (?:a |the )?(?:\w+ )?hospitals?)|relocated|"
            r"sought protection|sought shelter|sought safety|(?:taken|took|taking) shelter|(?:ran|run|running) for "
            r"(?:safety|their lives)|crossed into|crossing into|crossed to|crossed over|crossed from|entered|"
            r"poured (?:back )?into|crossing (?:the |porous )?"
            r"(?:[\w-]+ )?borders?|towards? safer (?:grounds?|areas|places|locations)|"
            r"crossed the border|flee|evacuate|relocate|on the move|into hiding|into (?:jungle |forest )?hideouts|"
            r"escap(?:e|es|ed|ing)|spill(?:ed|ing|s)? over|"
            r"arrived|arriving|(?:to|and) seek (?:refuge|shelter|safety)|found (?:refuge|shelter|safety)|"
            r"displace|seeking (?:shelter|refuge|protection)|sheltering|brought back|resettled|repatriated|deported|"
            r"deportations? of|"
            rf"{IN_RELIEF_SITES}|{IN_COUNTED_SHELTERS}|accommodating)\b"
        ),
        "displaced",
    ),
    (re.compile(r"\b(?:abduct\w*|kidnap\w*|taken hostage|took hostage|held hostage|hostages?|captives?)\b"), _TAKEN),
)
# what attackers are told doing right after their figure: "a hundred insurgents sacking the town"
_ATTACKING = (
    r"(?:sacking|attacking|storming|raiding|looting|burning|torching|ransacking|occupying|besieging|surrounding|"
    r"firing|shooting|overrunning|abducting|kidnapping)\b"
)
_ATTACKERS_DOING = re.compile(rf"\s+(?:[A-Za-z’'-]+\s+)?{_ATTACKING}")
_IMMEDIATE_ROLE = re.compile(
    rf"\s*,?\s*(?:(?!and\b|with\b|in\b|of\b|who\b|whose\b|including\b|{_ATTACKING})[A-Za-z’'-]+\s+){{0,3}}?"
    # "seven others, including a child, were injured", "12 civilians, mostly Alawites, were killed"
    r"(?:[A-Za-z’'-]+\s*,\s*(?:including|mostly|mainly|largely|chiefly|many of them|most of them|all of them) "
    r"[^,;]{1,50},\s*)?"
    r"(?:including [^,;]{1,50}?\s+(?=(?:were|was|have been|had been)\s))?"  # "four others including two children were"
    r"(?:(?:who|that) (?:had |have |has )?(?:been )?[a-z]+\s+)?"  # "five people who had been kidnapped were killed"
    r"(?:(?:were|was|have been|had been|has been|are|is|have|had|remain|remained)\s+)?(?:also\s+)?"
    r"(?:reported(?:ly)?\s+|confirmed\s+|currently\s+|now\s+|still\s+)?"
    rf"(?P<role>killed|dead|died|(?<!could )(?<!would )(?<!may )(?<!might )(?<!will )(?<!to )dies?(?!-)|"
    rf"{_FATALLY_HURT}|wounded|injured|hurt|(?<!fatally )(?<!mortally )stabbed(?! to death)|"
    r"(?:taken|rushed|brought|transferred|evacuated|sent) to (?:the |a )?hospital|fled|flee|"
    r"displaced(?!\s+(?:civilians|people|persons|individuals|residents|villagers|families))|evacuated|homeless|"
    rf"took refuge|moved|{LEFT_HOME}|sheltering|"
    r"relocated|deported|sought protection|sought shelter|sought safety|(?:taken|took) shelter|(?:run|ran) for safety|"
    r"crossed into|crossed from|entered|poured (?:back )?into|escaped|escape|spilled over|massacred|"
    r"burn(?:ed|t) (?:alive|to death)|executed|"
    r"beheaded|murdered|eliminated|"
    r"sent to hell|being treated|admitted to (?:the |a )?hospital|hospitali[sz]ed|held hostage|taken hostage|arrested|"
    r"detained|"
    rf"{HURT_UNWOUNDED}|{MEDICAL_CARE}|"
    rf"{_MARTYRED}|made the (?:ultimate|supreme) sacrifice|forced to (?:leave|flee)|"
    r"deaths|fatalities|"
    r"fatality|death|among the (?:dead|victims|fatalities|killed)|lost (?:their|his|her) li(?:ves|fe)|"
    r"injuries|injury)\b"
)
_PERSON_NOUNS = (
    r"woman|lady|child|boy|girl|man|person|civilian|soldier|fighter|militant|commander|[Oo]fficer|policeman|"
    r"service ?member|serviceman|"
    r"journalist|cameraman|photographer|doctor|nurse|medic|villager|resident|farmer|teenager|teen|worker|official|"
    r"staff member|staffer|employee|"
    r"leader|"
    r"scientist|engineer|general|colonel|captain|major|lieutenant|sergeant|guard|pilot|student|youth|"
    r"constable|reservist|ranger|trooper|gendarme|conscript|commando|cleric|preacher|elder|hostage|detainee|captive|"
    r"(?:sub-)?inspector|jawan|rifleman|sepoy|havildar|"
    r"victim|individual|national|citizen|novice|monk|nun|priest|pastor|imam|teacher|driver|passenger|shepherd|"
    r"patient|inpatient|worshipp?er|congregant|parishioner|rider|"
    r"fisherman|herder|herdsman|operative|terrorist|rebel|insurgent|guerrilla|gunman|attacker|bandit|jihadist|"
    r"[Mm]aoist|[Nn]axalite|[Nn]axal|cadre|separatist|extremist|militiaman|motorcyclist|motorist|"
    r"trader|vendor|peacekeeper|protester|demonstrator|paramedic|volunteer|baby|infant|member|"
    r"toddler|"
    r"mother|father|son|"
    r"daughter|brother|sister|wife|husband|grandmother|grandfather|granddaughter|grandson|relative|"
    r"village head|village chief|chief|schoolteacher|porter|labou?rer|miner|vigilante|warden|jailer|prison guard|"
    r"rector|professor|lecturer|migrant|candidate|mayor|assailant|digger|activist|chairman|chairperson|councill?or|"
    r"shopkeeper|shop owner|hawker|carpenter|tailor|barber|mason|electrician|mechanic|businessman|businesswoman|"
    r"contractor|bystander|pedestrian|waiter|waitress|cook|[Pp]andit|"
    r"senator|lawmaker|legislator|politician|parliamentarian|prosecutor|lawyer|magistrate|diplomat|ambassador"
)
# "no French soldier was wounded": nobody, not one
_NOT_NONE = r"(?![Nn]o\b|[Nn]either\b|[Nn]ot a\b)"
# a community's head or leader, who is no fighter: "killed the clan head", "the traditional leader"
_CIVIC_QUALIFIERS = r"traditional|village|clan|community|tribal|religious"
_ONE_PERSON = factored(
    re.compile(
        r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|(?:[Tt]he|[Aa]) (?:first|second|third|fourth|fifth)|"
        r"[Tt]he (?:other|latest|last)|"
        r"(?<![Ss]ince )(?<![Ss]ince the )(?:[Tt]he )?(?:death|life) of(?: a| an|"
        r" the| another| one)?)\s+(?:[\w-]+-year-old\s+)?"
        r"(?:(?!(?:killed|wounded|injured|was|were|and|or|in|on|by|of|at|to|the|a|an|who|that)\b)(?:[\w-]+|"
        r"[A-Z]\.(?:[A-Z]\.)+)"
        r"\s+){0,4}?"
        rf"(?P<noun>{_PERSON_NOUNS}|"
        r"[A-Z][a-z]+(?:ian|ean|an|i|ese)(?=\s+(?:who\s+)?(?:was|is|were|has|had|died|in|near|at|on|"
        r"during|after|while|overnight)\b|[,.]))\b"
        # a figure's adjective, not a person: "an official figure of those killed"
        r"(?!\s+(?:figures?|tolls?|counts?|numbers?|tall(?:y|ies)|estimates?|statistics|data)\b)"
        rf"|\bone of (?:its|their|his|her|the) (?:[\w-]+ ){{0,2}}?(?!(?:{_NOT_PEOPLE})\b)(?P<plural>[a-z]+(?:s|men))\b"
        # "the district commander was martyred": a definite person, only as the subject of what befell them
        # (or opening the sentence: "Acting commander of the border detachment was reportedly wounded")
        rf"|(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+|^\W*)(?:{_NOT_NONE}[\w-]+\s+){{0,2}}?(?P<subject>{_PERSON_NOUNS})"
        r"(?=(?:\s+of\s+[^,;]{1,40}?)?(?:,[^,;]{1,40},)?\s+(?:who\s+)?(?:(?:reportedly|also|later)\s+)?"
        r"(?:was|has been|had been|(?:has\s+|had\s+)?(?:died|succumbed))\b)"
        # "another was injured": one more person, the noun left to the sentences before
        r"|\b[Aa]nother(?=\s+(?:was|has been|had been)\s+(?:also\s+)?(?:killed|injured|wounded|hurt)\b)"
        r"|\b(?:[Aa]nother|[Oo]ne more) (?P<event>killing|death|fatality)\b"
        # a headline's bare noun: "Karabakh soldier killed in Azeri firing"
        # ("24-year-old Ukrainian pilot killed in action", "Pro-Russian paramilitary leader dies in hospital")
        rf"|^\W*(?:{_NOT_NONE}[\w-]+\s+){{0,2}}?(?P<headline>(?i:{_PERSON_NOUNS}))(?=\s+(?:killed|dies|died|wounded|injured|hurt|"
        rf"{_SHOT_DEAD}|gunned down)\b)"
        r"|\b(?:killed|killing|assassinated|eliminated|shot dead|murdered|beheaded)\s+(?:(?:a|the|its|their)\s+)?"
        r"(?:[A-Z][\w-]*(?:’s|'s)\s+|community(?:’s|'s)\s+)?"
        rf"(?:(?:senior|top|prominent|high-ranking|key|local|{_CIVIC_QUALIFIERS})\s+)?"
        r"(?:[A-Z][\w'’-]+\s+){0,3}?(?P<title>commander|leader|chief|official|general|spokesman|founder|head|"
        r"[Cc]ommissioner|[Gg]overnor|[Mm]ayor|[Mm]inister|[Dd]irector|[Jj]udge|[Cc]ommander)(?:\s+[A-Z]|\s+of\b|"
        # "killed the clan head, Chief Francis Okweshi", "shot dead the traditional leader."
        r",\s+(?:Chief|Mr|Alhaji|Sheikh|Imam|Pastor|Rev)\b|(?=\s*[.;]|\s+(?:in|on|at|during|after|while)\b))"
        r"|(?<![Ss]ince )(?<![Ss]ince the )\b(?:[Tt]he )?(?P<named>death|killing|assassination) of "
        # "the killing of prominent militia leader Abdel Ghani Kikli", "the death of 36-year-old Miguel Colmenares"
        r"(?:\d{1,3}-year-old )?(?:(?:[a-z-]+ ){0,2}?(?:leader|commander|chief|elder|imam|cleric|activist|journalist|"
        r"official|general|colonel|politician|mayor|governor|lawmaker) )?(?:[A-Z][\w'’-]+ ){1,3}?[A-Z][\w'’-]+\b"
    )
)
_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|told|added|stated|confirmed|announced)\b")
_ONE_PERSON_ROLE = re.compile(
    # "left one guard dead and two others injured", "shooting a teacher to death": dead, said right after the person,
    # before any later role
    r"\s+(?:(?:was|has been|had been)\s+)?(?:(?:later\s+)?(?:confirmed|found|pronounced|declared)\s+)?"
    r"(?P<dead>dead|to death)\b|"
    # "a civilian in the Chinari village of Tavush, Armenia, was reported wounded"; not "a commander of the
    # White Army, recounted, “The victims were burned to death”"
    # "Efrain Fueres, a member of the Kichwa community of Cotacachi, was shot and killed": the apposition's end (not
    # another clause: "killed, including a child, and several others were injured")
    r"(?:(?:\s+(?:in|of|from|at|near)\b[^;,“”\"]{0,40}?)?,(?!\s*(?:and|or|but|while|whereas)\b)"
    r"(?![^;,]*\b(?:said|says|recounted|told|added|adding)\b)"
    r"(?:[^;,]{1,60},)?)?"
    r"[^;,]{0,60}?\b(?:was|were|has been|had been)?\s*(?P<role>killed|wounded|injured|"
    r"hurt|died|"
    r"dies|succumbed|"
    rf"{_SHOT_DEAD}|gunned down|fatally shot|{_FATALLY_HURT}|shot and killed|"
    r"lost (?:his|her|their) li(?:fe|ves)|"
    rf"{_MARTYRED}|martyred|{SHOT_IN_BODY}|"
    rf"burn(?:ed|t) (?:alive|to death)|{_KILLED_BY_HAND}|"
    r"murdered|beheaded|executed)\b"
    r"|(?:,[^;,]{1,60},|\s+who\s+[^;,]{1,40}?)?\s+(?:also\s+)?(?:(?:had|has|have)\s+)?(?:also\s+)?(?:sustained|suffered|"
    r"received) (?:an? )?"
    r"(?:[\w-]+ )?(?P<injury>injuries|injury|"
    r"wounds|wound)"
)
# (with a particle before the last name: "Romulo da Silva", "Abu Bakr al-Baghdadi")
_PERSON_NAME = r"(?:[A-Z][\w’'-]+ ){1,3}(?:(?:al|el|bin|ibn|abu|abd|da|de|do|dos|das|del|di|van|von)[- ])?[A-Z][\w’'-]+"
# what tells a name is a person's: "their spokesperson Fahim Dashty", "gunned down Rohingya leader Mohibullah"
_ROLE = (
    r"spokes(?:man|person|woman)|commander|chief|leader|deputy|official|mayor|governor|activist|journalist|"
    r"lawmaker|legislator|candidate|council(?:l)?or|senator|politician|judge|prosecutor|lawyer|businessman|"
    r"soldier|officer|elder|imam|cleric|pastor|priest|teacher|trader|farmer|doctor|chairman|headman|ruler|"
    r"minister|premier|president|ambassador|envoy|general|colonel|major|captain|director"
)
_NAMED_VICTIMS = re.compile(
    # told by name, with a role, an age or a birth year between commas, or with a second name
    rf"(?<![\w’'-] )\b{_PERSON_NAME}(?:,\s+(?:an?|the)\s+[^,;]{{3,80}},|"
    rf",\s+(?:\d{{1,3}}|(?:born|aged) (?:in )?\d{{1,4}}),|"
    rf"(?P<second>(?:,\s+{_PERSON_NAME})*,?\s+and\s+{_PERSON_NAME}))\s+"
    rf"(?:was|were|had been|has been|have been)\s+(?:also\s+|both\s+)?(?:shot and )?(?P<role>{_SHOT_DEAD}|"
    r"killed|gunned down|"
    rf"assassinated|executed|{_FATALLY_HURT}|wounded|injured|fatally shot)\b"
    rf"|\b(?P<object>killed|assassinated|eliminated|murdered|{_SHOT_DEAD}|gunned down)\s+(?:(?:an? )?(?:\d{{1,3}}|"
    r"[a-z]+(?:-[a-z]+)?)[- ]"
    r"years?[- ]old\s+)?"
    # (a role before it tells a single name is a person's: "killed officer Mahdi Khreis", "leader Mohibullah")
    rf"(?:(?:[\w’'-]+\s+)?(?:{_ROLE})\s+(?:{_PERSON_NAME}|[A-Z][\w’'-]+)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"{_PERSON_NAME})"
    r"(?=\s*(?:[,.;]|and\b|on\b|in\b|near\b|at\b|outside\b|inside\b|while\b|$))"
    # a name alone before the words that tell of a person's death ("Vache Chilingaryan was killed")
    rf"|(?<![\w’'-] )\b{_PERSON_NAME}\s+(?:was|had been|has been)\s+(?P<bare>{_SHOT_DEAD}|fatally shot|"
    rf"{_FATALLY_HURT}|"
    r"gunned down|assassinated|killed|murdered|executed|"
    r"shot and killed)\b"
    # the name told, then what befell them in a clause of its own: "Khalil Bahtini, who was killed in a strike on
    # Tuesday", "Shahu Validi, killed during protests in Marivan", "Dhananjay Chakma died from a clash"
    rf"|(?<![\w’'-] )\b{_PERSON_NAME}(?:,\s+(?:who\s+(?:was|had been|has been)\s+)?(?P<clause>killed|{_SHOT_DEAD}|"
    r"assassinated|murdered|gunned down)\s+(?:in|during|by|on|at|when|while|after)\b|"
    r"\s+(?P<died>died|succumbed)\s+"
    r"(?:(?:of|from|to)\s+(?:his|her|the)?\s*(?:wounds|injuries|gunshot|bullet|a clash|clashes|torture)|"
    r"in (?:the |an? )?(?:clash|clashes|fighting|attack|blast|explosion|shooting|strike|protests?)))\b"
    # a name after what tells it is a person's: "their spokesperson Fahim Dashty was killed", "15-year-old Hani
    # Taha was shot and killed"
    rf"|(?:\b(?:{_ROLE})|"
    rf"\b\d{{1,3}}-year-old)\s+{_PERSON_NAME}\s+(?:was|had been|has been)\s+(?:reportedly\s+)?"
    r"(?:shot and\s+)?(?P<titled>killed|assassinated|shot dead)\b"
    # a soldier told by name and age, as army releases do: "Sepoy Ali Khan, 26, from Kohat, embraced shahadat"
    rf"|(?<![\w’'-] )\b{_PERSON_NAME},\s+\d{{1,2}},\s+(?:[^,;]{{1,60}},\s+){{0,2}}(?:[“\"][^”\"]{{1,40}}[”\"]\s+)?"
    rf"(?:also\s+)?(?P<martyred>{_MARTYRED})\b"
)
_NAMED_VICTIMS_NEEDLES = needle_sets(_NAMED_VICTIMS)
_NAMES_JOINED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_INCLUDING = re.compile(r"\bincluding\b[^;]{0,80}$")
_INCLUDED_THEN_ROLE = re.compile(
    r"[^,;]{0,50},\s*(?:were|was|have been|had been)\s+(?:also\s+)?(?P<role>killed|wounded|injured|hurt)\b"
)
_VERB_BEFORE = re.compile(
    r"\b(?P<role>killed|killing|kills|kill|wounded|wounding|injured|injuring|injures?|injur(?:y|ies) to|"
    r"(?:fatally |mortally )?stabbed|"
    r"massacred|"
    r"massacring|executed|claimed|claim|"
    r"neutrali[sz]e|neutrali[sz]ed|claims|claiming|murdered|murdering|slaughtered|beheaded|murders? of|executions? of|"
    r"killings? of|"
    rf"{_SHOT_DEAD}|shooting dead|gunned down|mowed down|"
    r"displacements? of|flight of|exodus of|evacuations? of|movements? of|influx of|displacing|displaces|displaced|"
    r"[Bb]odies of|"
    r"[Rr]emains of|"
    r"eliminated|eliminating|"
    r"elimination of|neutrali[sz]ation of|lives of|"
    r"martyrdom of|[Ss]hahadat of|lost)\s+(?:the\s+)?"
    r"(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+|an\s+estimated\s+|"
    r"between\s+)?$"
    r"|\bloss of(?:\s+(?:at least|more than|over|nearly|almost|some|about|around))?\s+$"  # "the loss of over 30 lives"
)
# people counted as a crowd: "10,000 people took part in a rally", "nearly 700 people gathered outside"
_CROWD_AFTER = re.compile(
    r"\s+(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,2}?(?:also\s+|have\s+|had\s+|reportedly\s+)?"
    r"(?:took part|take part|taking part|gathered|marched|rallied|"
    r"protested|demonstrated|attended|participated|turned out)\b"
)
# a hedge between a verb and its figure ("carrying more than 1,000 civilians", "arrested at least 20")
_HEDGE_BEFORE = r"(?:about |some |more than |over |at least |nearly |around |up to )?$"
# a verdict before the figure ("sentenced five men to death"), and a killing told after the people ("stabbed two men
# to death")
_SENTENCED = re.compile(r"\b(?:sentenced|sentencing|sentences|condemned|condemning)\s+(?:\w+\s+)?$")
_TO_DEATH = re.compile(r"\s+to death\b")
# people held, not harmed: "more than 500 detainees", "719 arrests", "police arrested 20 people"
_HELD = re.compile(r"\s+(?:[\w-]+\s+)?(?:detainees|arrests|detentions|prisoners|inmates)\b")
_ARRESTED = re.compile(rf"\b(?:arrested|arresting|detained|detaining|rounded up)\s+{_HEDGE_BEFORE}")
_HELD_ROLES = frozenset({"arrested", "detained"})  # read right after a figure ("719 people arrested")
# "a mob of 500 people", "crowds of about 3,000": a crowd, whatever harm the sentence tells
_CROWD_BEFORE = re.compile(r"\b(?:[Mm]obs?|[Cc]rowds?|[Tt]hrongs?|[Gg]atherings?) of\s+$")
# "the town of 400,000, which registered 25 homicides a month", "a population of 2 million": people who live there
_POPULATION_BEFORE = re.compile(
    r"\b(?:[Tt]owns?|[Cc]it(?:y|ies)|[Vv]illages?|[Pp]orts?|[Cc]apital|[Cc]ountry|[Nn]ation|[Mm]unicipalit(?:y|ies)|"
    r"[Pp]opulation) of\s+(?:(?:about|some|nearly|around|over|more than|roughly|almost)\s+)?$"
)
_POPULATION_REACH = 40
_AGE = re.compile(r"(?<=\(\d)\)|(?<=\(\d\d)\)")
_OUTLET_IN_DATELINE = re.compile(r"\)\s+[-–—]\s")  # "ERBIL (Kurdistan 24) – …": an outlet's name, not a figure
# the figure a change is measured from, not the news: "a 60% increase from 362,551 in early March", "the toll
# rose from 10 to 15", "compared with 1,200 a year earlier"
_BASELINE_BEFORE = re.compile(rf"{CHANGED_FROM}$")
_SUPERLATIVE = re.compile(r"\s+of (?:the|its|their) (?:\w+est|most|worst|biggest)\b")
# the dead told by what is left of them: "11 unidentified blindfolded bodies", "235 remains"
_BODY_WORDS = r"(?:bodies|corpses|cadavers|remains)"
_BODIES = re.compile(
    r"\s+(?:(?:more|other|unidentified|charred|decomposed|decomposing|burned|burnt|mutilated|blindfolded|"
    rf"bullet-riddled|headless|civilian)\s+){{0,2}}{_BODY_WORDS}\b"
)
# bodies found, brought in or that a reporter saw ("AFP saw at least 20 bodies"); not bodies shown in a video,
# seen in footage or handed over in an exchange
_BODIES_FOUND = re.compile(
    r"\b(?:received|recover(?:ed|ing)|retriev(?:ed|ing)|finds?|found|finding|pull(?:ed|ing)|brought|collect(?:ed|ing)|"
    r"counted|saw|seeing|buried|burying|uncover(?:ed|ing)|discover(?:ed|ing)|unearth(?:ed|ing)|exhum(?:ed|ing)|"
    r"(?:discovery|recovery|retrieval|exhumation) of)"
    r"\s+(?:at least\s+|"
    rf"some\s+|about\s+|more than\s+|over\s+|nearly\s+)?\S+\s+(?:\w+\s+){{0,2}}{_BODY_WORDS}\b|"
    # "20 bodies of civilians killed by rebels were discovered", a headline's "27 bodies … discovered in Irumu",
    # "226 bodies and a number of remains were recovered"
    rf"\b{_BODY_WORDS}\s+(?:(?:of|and)\s+[^.;]{{1,60}}?\s+)?(?:(?:were|was|(?:have|had|has)\s+(?:\w+\s+)?been)\s+)?"
    r"(?:\w+\s+)?"
    r"(?:found|recovered|retrieved|pulled|brought|collected|discovered|unearthed|exhumed|buried|received|taken to|"
    # bodies left on show: "nine bodies hanging on a bridge", "three other corpses hung from trees", "38 bodies were
    # strewn about the village"
    r"hanging|hung|hanged|dumped|abandoned|strewn|scattered|littered|littering|lying|lay)\b"
)
# verbs and phrases whose figure counts the dead: "that claimed two soldiers", "the bodies of nine", "lost 12 men"
_CIVIL_TITLES = frozenset(
    ("official", "spokesman", "commissioner", "governor", "mayor", "minister", "director", "judge")
)
_CIVIC_HEAD = re.compile(rf"\b(?:{_CIVIC_QUALIFIERS})\b")
_KILLING_PHRASES = frozenset(
    (
        "claim",
        "claimed",
        "claims",
        "claiming",
        "bodies of",
        "remains of",
        "lives of",
        "martyrdom of",
        "shahadat of",
        "murder of",
        "murders of",
        "execution of",
        "executions of",
        "killing of",
        "killings of",
        "embraced martyrdom",
        "embraced shahadat",
        "lost",
        "fatally shot",
        "elimination of",
        "neutralisation of",
        "neutralization of",
    )
)
# "Amira Esleem, 14, and three family members", "Sara Lim, eight, and two other children": one more
_NAMED_VICTIM_AND = re.compile(r"[A-Z][\w’'-]+,\s*(?P<age>\d{1,2}|[a-z]+(?:-[a-z]+)?),\s*and\s+$")
_JOINED = re.compile(r"\s*(?:,\s*)?and\s*")
# a toll's breakdown set off after it: "nearly 70 people — 39 police and 30 civilians — were treated"
_BREAKDOWN = re.compile(r"\s*(?:—|–|\(|:)\s*")
# one more hurt, or as many, after a figure: "a soldier was killed and another seriously injured", "five were killed
# and as many injured"
_ONE_MORE_HURT = re.compile(
    r"\b(?:and|while|with) (?:left )?(?:another|one other|a second|one|(?P<many>as many)(?: others?)?)\s+"
    r"(?:(?:was|were|have been|has been)\s+)?"
    r"(?:(?:seriously|critically|severely|badly|gravely|lightly|slightly)\s+)?(?P<role>injured|wounded|hurt)\b"
    # "killed a teen and injured another", "the death of one civilian and the injury of another", "while another
    # sustained injuries": one more hurt
    r"|\band (?:injur(?:ed|ing)|wound(?:ed|ing)|the (?:injury|wounding) of) (?:another|one other|a second)\b"
    r"|\b(?:and|while) another (?:sustained|suffered) (?:\w+ )?(?:injuries|wounds)\b"
)
_ONE_MORE_HURT_NEEDLES = needle_sets(_ONE_MORE_HURT)
_LOOKBACK_WORDS = 9
_RUNNING = re.compile(
    r"\b(?:since|so far|to date|in total|a total of|overall|cumulative|cumulatively|(?:death|casualty) toll|"
    r"toll (?:rose|has risen|had risen|climbed|stands|stood|reached|to|of|hits|passe[sd]|tops|topped|exceed(?:s|ed)|"
    r"surpass(?:es|ed))|bring(?:s|ing)? (?:the|its|their) (?:total|"
    r"toll|number)|(?:in|over|during|within) the (?:past|last|previous) (?:[\w-]+ ){0,3}?(?:days?|weeks?|months?|"
    r"years?|hours)|the war (?:has|had) (?:killed|displaced)|says? (?:it|they) (?:has|have|had) killed|"
    # a period's total: "over five days", "in August", "between 28 March and 24 April", "12 days of fighting"
    r"(?:over|in|within|during) (?:the )?(?:[\w-]+ )?(?:days|weeks|months|years)|"
    r"(?:in|during|throughout|through) (?:the month of )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)"
    r"(?! \d{1,2}\b)|between (?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[^;]{0,12}? and|"
    r"[\w-]+ (?:days|weeks|months|years) of (?:[\w-]+ )?(?:fighting|war|conflict|clashes|hostilities|bombardment|"
    r"strikes|"
    r"attacks)|(?:per|each|every|a) (?:day|week|month|year)(?! (?:ago|after|before|earlier|later|into|of)\b)|weekly|"
    r"monthly|daily|"
    # a war's or a country's total: "on the 10th day of", "nationwide", "as of 2 April", "the fighting has killed"
    r"(?:on )?(?:the )?\w+(?:st|nd|rd|th) day of|nationwide|across the (?:country|strip|territory|enclave|region)|"
    r"as of|tally|(?:new|updated|latest) toll|following the (?:\w+ )?(?:coup|invasion|outbreak)|between (?:the )?(?:"
    r"(?:afternoons?|mornings?|evenings?|nights?) of )?\d{1,2}\b|(?:fighting|war|conflict|violence|campaign|offensive|"
    r"hostilities|clashes|bombing|bombardment|onslaught|insurgency)\b[^;]{0,80}?\b(?:has|have|had) (?:killed|left|"
    r"claimed|led to|caused)|from (?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[^;]{0,12}? "
    r"(?:to|until|through)\b|"
    # several incidents summed or a period told another way: "in two separate attacks", "by 4 May", "this year",
    # "in less than two weeks", "during the ground invasion", "across the Gaza Strip", "killed in attacks."
    r"in (?:two|three|four|five|several|multiple|separate|a series of|a spate of|a string of)\b[^;,.]{0,25}?\b"
    r"(?:attacks|raids|strikes|airstrikes|incidents|assaults|ambushes)|by (?:mid-|the end of )?(?:\d{1,2} )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:so far )?this "
    r"year|(?:in|within) (?:less than|under|just over|more than|nearly) (?:a|two|three|four|five|six|\d+) (?:days?|"
    r"weeks?|months?)|(?:during|since|throughout) the (?:[\w-]+ ){0,2}?(?:invasion|war|offensive|campaign|conflict)|"
    r"across the [\w-]+ (?:strip|region|state|province|country)|killed in (?:[\w-]+ )?(?:attacks|strikes|raids|"
    r"airstrikes)(?=\s*(?:$|[.;:]|across|throughout))|"
    # "a series of attacks", "killed in the incursion", "1,472 casualties have been reported"
    r"(?:a|the) (?:series|spate|string|wave) of (?:[\w-]+ ){0,2}?(?:attacks|strikes|raids|airstrikes|bombings)|"
    r"(?:in|during) the (?:[\w-]+ )?(?:incursion|offensive|campaign|operations)|"
    r"(?:casualties|deaths|fatalities) (?:have|has) been (?:reported|recorded|documented|registered|confirmed))\b",
    re.IGNORECASE,
)
_RANKED = re.compile(
    r"\b(?:deadliest|bloodiest|biggest|largest|heaviest|fiercest|strongest|highest|greatest|longest|widest|worst|"
    r"most \w+|first|second|third)\b[^;,.]{0,50}$",
    re.IGNORECASE,
)
_FIGURE_TO_PLACE = 45  # characters from a figure to the place it is for
# one more person counted at another place: "four in Parwan and a fifth in Kabul", "one in Jalalabad and another
# in Logar"
_ONE_MORE = re.compile(
    r"\b(?:another|a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"(?: (?:person|man|woman|boy|girl|child|protester|demonstrator|civilian|soldier|officer|policeman))?"
    r"(?= (?:(?:was|were) )?(?:(?:killed|wounded|injured|died) )?(?:in|at|near) )"
)
# "38 in Mukondi", "two people killed in Kurtivka", "88 in Hsipaw": a figure, a few words, a preposition, the place
_FIGURE_IN = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:(?:were|was|have been|had been)\s+)?(?:killed\s+|wounded\s+|injured\s+|dead\s+)?"
    r"(?:in|at|near|from)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|district|camp|state|province|region|governorate|municipality)\s+of\s+)?(?:[a-z-]+\s+)?"
)
_OF_WHOM = re.compile(r"^(?:were|are|was|is)\s+(?=(?:children|women|minors|girls|boys)\b)")  # "of whom 7 were children"
# "770 displaced families (approximately 3,850 individuals)": the people are counted, not the families
_FAMILIES_AS_PEOPLE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:families|households)(?:\s+displaced)?\s*(?:\(|,?\s*(?:or|comprising|composed of|"
    r"consisting of|(?:that|which) amount(?:s|ed)? to|amounting to|representing|totall?ing)\s+)"
    r"(?:approximately|about|around|some|an estimated|nearly|over|more than)?\s*[\d,.]+\s+"
    r"(?:individuals|people|persons|evacuees)\b"
)
# "135,000 of these IDPs went to Goma", three “terrorists”: what may stand between a figure and its noun
_BEFORE_NOUN = re.compile(r"^(?:of\s+(?:these|those|the|its|their|them)\s+|[“\"‘]+)")
# "bringing the number of IDPs in Goma to over 635,000", "the number of Cambodian evacuees … has risen to more than
# 300,000", "the total number of refugees who have entered Ethiopia since … is reported to be above 97 000": the noun
# before the figure
_NUMBER_DISPLACED = re.compile(
    r"\bnumber of (?:the )?(?:(?!(?:camps?|sites?|centres?|centers?|shelters?|settlements?)\b)[\w-]+ ){0,3}?"
    r"(?:IDPs|internally displaced (?:people|persons)|displaced(?: (?:people|"
    r"persons))?|displacements|refugees|returnees|arrivals|asylum[- ]seekers|evacuees|(?:people|persons|individuals|"
    r"families|households) displaced|(?:those|people|persons|residents) who (?:had |have )?(?:fled(?: their homes)?|"
    r"sought (?:shelter|refuge|safety))|[\w-]+ fleeing)\b"
    r"[^;]{0,160}?\b(?:has |had |have )?(?:now )?(?:to|at|risen|rose|climbed|reached|reaches|increased|grown|grew|"
    r"jumped|surpassed|exceeded|topped|passed|crossed|hit|hits|is|was|stands|stood|(?:could|may|might) be)"
    r"(?: (?:reported|estimated|believed|said) to be)?(?: now)?(?: at| to)?\s+(?:at least |more than |over |nearly |"
    r"almost |some |about |around |an estimated |as high as |up to |above |approximately )?(?:the )?$",
    re.IGNORECASE,
)
_VERB_REACH = 24  # "claimed more than 1,200": a verb, a hedge, the figure
# people forced out, told by the verb before the figure and the homes after it, whatever the sentence's toll:
# "killed 20,000 people and forced more than 2.6 million from their homes"
_FORCED_OUT = re.compile(
    r"\b(?:forced|forcing|driven|driving|drove|chased|pushed|prompted|prompting)\s+(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+|"
    r"over\s+|more\s+than\s+|at\s+least\s+|an\s+estimated\s+)?$"
)
_FROM_HOMES = re.compile(
    r"\s+(?:(?:[\w-]+\s+)?(?:people|persons|civilians|residents|villagers|others|Rohingyas?|"
    r"[A-Z][a-z]+(?:ans|ese|is))\s+)?(?:(?:from|out\s+of)\s+"
    r"(?:their|his|her)\s+(?:homes?|villages?|towns?|lands?)|to\s+(?:flee|leave)\b)"
)
_KILLING_OF = re.compile(
    r"\b(?:killings?|deaths?|massacre|murders?|executions?) of\s+(?:at least\s+|some\s+|over\s+)?$"
)
# the earlier figure a rise is told from: "the death toll rose from 10 to 15"
_FROM_EARLIER = r"(?: from (?:about |around |some |nearly |almost |over )?[\d,.]+)?"
# "the death toll from clashes between … in Catatumbo has risen to 60", "the death toll in violent clashes in the
# state since July is now 81": the toll's verb far from its noun
_TOLL_REACHED = re.compile(
    r"\b(?:(?:death|casualty) toll|(?:provisional |death |casualty )?tally)\b[^;]{0,160}?\b(?:has |had |"
    r"have )?(?:risen|rose|"
    r"climbed|reached|jumped|increased|surpassed|exceeded|passed|topped|crossed|stands|stood|hit|is now|was now)"
    rf"{_FROM_EARLIER}(?: at| to)?\s+(?:at least |more than |over |nearly |almost |some |about |around )?$"
    r"|\bnumber of (?:the )?(?:[\w-]+ ){0,3}?(?:killed|dead|deaths|victims|fatalities)\b[^;.]{0,100}?\b(?:to|at|"
    r"reached|is|was|were)\s+(?:at least |more than |over |nearly |almost |some |about |around )?$",
    re.IGNORECASE,
)
# a figure told before the toll it makes: "this brings to four the death toll of the attack", "brought to 12 the
# number of foreign soldiers killed this month"
_TOLL_AFTER = re.compile(
    r"\s+the (?:overall |total )?death toll\b|\s+the (?:total )?number of (?:[\w-]+ ){0,3}?(?:killed|dead|deaths)\b"
)
# "this brings to 11,300 the total number of Nigerian refugees in Chad": the displaced the figure makes
_DISPLACED_AFTER = re.compile(
    r"\s+the (?:overall |total |cumulative )?number of (?:[\w-]+ ){0,2}?(?:refugees|displaced|idps|returnees|arrivals|"
    r"asylum[- ]seekers|evacuees)\b",
    re.IGNORECASE,
)
# "the number of people injured in the shelling … has risen to five"
_INJURED_REACHED = re.compile(
    r"\bnumber of (?:the )?(?:people |persons |civilians )?(?:injured|wounded)\b[^;]{0,100}?\b(?:has |had |have )?"
    rf"(?:risen|rose|climbed|reached|increased|grown|grew){_FROM_EARLIER}(?: to)?\s+(?:at least |more than |over |"
    r"nearly |almost )?$",
    re.IGNORECASE,
)


# "No injuries were immediately reported among 100 protesters", "nobody was hurt among the 120 marchers"
_DENIED = re.compile(r"\b(?:[Nn]o|(?:[Nn]obody|[Nn]o one|[Nn]one) (?:was|were|has been|have been))\s+(?:reported\s+)?$")


def _named_victim_before(text: str, start: int) -> bool:
    named = _NAMED_VICTIM_AND.search(text, max(0, start - 40), start)
    return named is not None and (named["age"].isdigit() or parse_number_words(named["age"]) is not None)


def _role_before(text: str, start: int) -> str | None:
    words = text[:start].split()
    window = " ".join(words[-_LOOKBACK_WORDS:])
    denier = " ".join(words[-_LOOKBACK_WORDS - 2 : -_LOOKBACK_WORDS]) + " "  # the words that may deny its first harm
    best: tuple[int, str] | None = None
    for pattern, role in _ROLE_WORDS:
        for match in pattern.finditer(window):
            if (best is None or match.start() > best[0]) and not _DENIED.search(denier + window[: match.start()]):
                best = (match.start(), role)
    return best[1] if best else None


# people a vehicle carried, or prisoners a raid set free: "a convoy carrying more than 1,000 civilians", "stormed a
# prison and freed nearly 400 inmates"
_CARRIED = re.compile(rf"\b(?:carrying|transporting|ferrying|freed|freeing|free|set free)\s+{_HEDGE_BEFORE}")
# "two women were rescued after killing some of the bandits": what the people did, not what befell them
_DOING = re.compile(r"\b(?:after|while|before|for)\s+$")  # before a gerund


def _done_by_them(window: str, match: re.Match[str]) -> bool:
    return match.group().endswith("ing") and _DOING.search(window, 0, match.start()) is not None


# "443 have been recaptured, while four inmates died": a clause of its own for the next figure
_CLAUSE_BREAK = re.compile(r"(?:,\s*|\s+)(?:while|whereas|but)\s+|;")


# the verb of a clause about the people, before the one that tells what befell them ("who allegedly crossed")
_RELATIVE_VERB = re.compile(
    r"\b(?:who|that)\s+(?:\w+ly\s+)?(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?:(?:trying|"
    r"attempting|seeking|about)\s+to\s+)?$"
)


# "20 of them fell on farming hamlets, but it reported no injuries or deaths": harm denied, no role for the figure
_NO_HARM = re.compile(r"\bno (?:reported )?(?:injur|casualt|deaths?\b|fatalit|loss of life)")


def _role_after(text: str, end: int, limit: int = 120) -> str | None:
    window = text[end : end + limit]
    if (denied := _NO_HARM.search(window)) is not None:
        window = window[: denied.start()]
    if (turn := _CLAUSE_BREAK.search(window)) is not None and any(
        end + turn.end() <= q.start < end + limit for q in find_quantities(text)
    ):
        window = window[: turn.start()]
    found = sorted(
        (m.start(), role)
        for pattern, role in _ROLE_WORDS
        if (m := next((m for m in pattern.finditer(window) if not _done_by_them(window, m)), None))
    )
    if len(found) > 1 and found[1][1] in ("killed", "injured") and _RELATIVE_VERB.search(window, 0, found[0][0]):
        return found[1][1]  # "50 villagers who were trying to flee were killed": the harm that befell them comes after
    return found[0][1] if found else None


def _role(text: str, quantity: Quantity, noun_end: int) -> str | None:
    if _SENTENCED.search(text, max(0, quantity.start - _VERB_REACH), quantity.start):
        return None  # "a court sentenced five men to death": a verdict, not a toll
    immediate = _IMMEDIATE_ROLE.match(text, noun_end)
    if immediate:
        return _normalise(immediate["role"])
    if _TO_DEATH.match(text, noun_end):
        return "killed"  # "stabbed two men to death"
    if _CARRIED.search(text, max(0, quantity.start - _VERB_REACH), quantity.start):
        return None  # "a bus carrying 40 passengers was attacked, killing three": those aboard, not the toll
    if _ARRESTED.search(text, max(0, quantity.start - _VERB_REACH), quantity.start):
        return _TAKEN  # "police arrested 20 people and killed three": held, not harmed
    verb = _VERB_BEFORE.search(text, max(0, quantity.start - _VERB_REACH), quantity.start)
    if verb:
        return _normalise(verb["role"]) if verb["role"] else "killed"  # "and wounded 1,645"
    if _HELD.match(text, quantity.end):
        return _TAKEN  # "left a dead policeman and more than 500 detainees": held, whatever harm is told beside them
    if _INJURED_REACHED.search(text, max(0, quantity.start - 160), quantity.start):
        return "injured"
    if _TOLL_REACHED.search(text, max(0, quantity.start - 220), quantity.start):
        return "killed"
    if role := _role_of_including(text, quantity.start) or _role_before(text, quantity.start):
        return role
    # "around a hundred insurgents sacking the town, causing several deaths": attackers, not the dead
    return None if _ATTACKERS_DOING.match(text, noun_end) else _role_after(text, noun_end)


def _displaced_hurt(text: str, quantity: Quantity, noun_end: int) -> str | None:
    """ "25 IDPs were killed", "the killing of 25 internally displaced people": displaced people
    killed or wounded count for that, told by the verb right after them or just before the figure."""
    before = max(0, quantity.start - _VERB_REACH)
    if _KILLING_OF.search(text, before, quantity.start):
        return "killed"
    role: str | None
    if immediate := _IMMEDIATE_ROLE.match(text, noun_end):
        role = _normalise(immediate["role"])
    else:
        verb = _VERB_BEFORE.search(text, before, quantity.start)
        role = _normalise(verb["role"]) if verb and verb["role"] else None
    return role if role in ("killed", "injured") else None


def _role_of_including(text: str, start: int) -> str | None:
    """ "killed …, including a soldier and two children": the role of the toll they are part of."""
    including = _INCLUDING.search(text, max(0, start - 90), start)
    return _role_before(text, including.start()) if including else None


def _normalise(role: str) -> str:
    """The field a verb's people count for ("massacred" → killed, "displacement of" → displaced)."""
    role = role.lower()  # "Shahadat of", as army press releases write it
    if role in _HELD_ROLES:
        return _TAKEN
    if role == "being treated" or _HURT_UNWOUNDED_ROLE.fullmatch(role):  # "42 people were being treated at a hospital"
        return "injured"
    if role.startswith("among the"):  # "two soldiers were among the victims"
        return "killed"
    if role in _KILLING_PHRASES:
        return "killed"
    for pattern, name in _ROLE_WORDS:
        if pattern.match(role):
            return name
    return role


def _noun_field(text: str, end: int) -> tuple[str | None, int]:
    rest = _BEFORE_NOUN.sub("", _OF_WHOM.sub("", text[end : end + 40].lstrip(), count=1), count=1)
    offset = end + (len(text[end : end + 40]) - len(rest))
    for pattern, field in _NOUN_FIELDS:
        match = pattern.match(rest)
        if match:
            return field, offset + match.end()
    return None, end


def _word_end(text: str, end: int) -> int:
    """End of the word after a figure ("45 civilians"), where a joined figure may follow."""
    match = re.match(r"\s+[A-Za-z’'-]+", text[end:])
    return end + match.end() if match else end


def _single_people(text: str, lo: int = 0, hi: int | None = None) -> Iterable[tuple[str | None, str | None, int, int]]:
    """ "a woman was killed"; "including a soldier and a six-year-old boy" after a toll;
    "one of its cameramen was killed"; "an 83-year-old woman sustained injuries". The role is
    None where nothing near says it (a person joined to a figure takes the figure's)."""
    for match in _ONE_PERSON.finditer(text, lo, len(text) if hi is None else hi):
        if _SPEAKS.match(text, match.end()):
            continue  # "a hospital official said four were killed": who tells the toll, not one of it
        verb = _VERB_BEFORE.search(text, max(0, match.start() - _VERB_REACH), match.start())
        role_match = _ONE_PERSON_ROLE.match(text, match.end())
        if "death of" in match.group()[:14].lower() or match["event"] or match["named"] or match["title"]:
            role: str | None = "killed"
        elif role_match and role_match["dead"]:
            role = "killed"  # "leaving one person dead", "stabbed a man to death"
        elif verb:  # "the loss of a peacekeeper": a death, as "the loss of over 30 lives" is
            role = _normalise(verb["role"]) if verb["role"] else "killed"
        elif role_match and role_match["injury"]:
            role = "injured"  # "an 83-year-old woman sustained injuries"
        elif role_match:
            role = _normalise(role_match["role"])
        elif included := _INCLUDED_THEN_ROLE.match(text, match.end()):
            role = _normalise(included["role"])  # "seven others, including a child, were injured"
        else:
            role = _role_of_including(text, match.start())
        title = (match["title"] or "").lower()
        # a commander, chief or leader killed was a fighter; a commissioner, mayor or judge was not
        noun = (
            match["noun"]
            or match["subject"]
            or match["plural"]
            or match["headline"]
            or (
                "commander"
                if title and title not in _CIVIL_TITLES and not _CIVIC_HEAD.search(match.group())
                else "person"
            )
        )
        yield next((f for p, f in _NOUN_FIELDS if p.fullmatch(noun)), None), role, match.start(), match.end()


def _named_victims(text: str, lo: int = 0, hi: int | None = None) -> Iterable[tuple[str, int]]:
    """People told by name: "Omar Saadi, a commander in Jenin, was killed", "Abdi Nur and Ali
    Hassan were shot dead", "the army said it had killed Ali Hassan al-Jaberi"."""
    if not holds_needles(_NAMED_VICTIMS_NEEDLES, text):
        return  # no verb a named victim's match holds
    for match in _NAMED_VICTIMS.finditer(text, lo, len(text) if hi is None else hi):
        if match["object"] or match["bare"] or match["titled"] or match["martyred"] or match["clause"] or match["died"]:
            yield "killed", 1
        else:
            # "Fadwa Saleh, Ismail Mohammad and Abbas Hasan were wounded": one each, a joiner before each later one
            yield _normalise(match["role"]), 1 + len(_NAMES_JOINED.findall(match["second"] or ""))


def keep(counts: Counts, fields: frozenset[str]) -> Counts:
    """Only the count fields an event type carries."""
    kept = {k: v for k, v in counts.values().items() if k in fields}
    return _counts(kept, frozenset(counts.approximate & kept.keys()), counts.cumulative and bool(kept))


_NO_COUNTS = dict.fromkeys(COUNT_FIELDS)  # every count field, in the model's order


def _counts(kept: dict[str, int], approximate: frozenset[str], cumulative: bool) -> Counts:
    """The Counts of figures read here. Read figures are whole numbers, none negative, and
    `approximate` names only figures given: such Counts are assembled without validating
    them again (`counts.approximate` and the set fields as validation sets them); any
    other goes through validation, which rejects it."""
    given = {**kept, "approximate": approximate, "cumulative": cumulative}
    if (
        type(cumulative) is bool
        and approximate <= kept.keys()
        and all(type(v) is int and v >= 0 for v in kept.values())
    ):
        return assembled(Counts, {**_NO_COUNTS, **kept, "approximate": approximate, "cumulative": cumulative}, given)
    return Counts.model_validate(given)


def toll_segments(text: str, places: list[tuple[int, int]]) -> list[tuple[int, int, int, Quantity]]:
    """Where one sentence gives figures for several places ("38 in Mukondi and eight in
    Mausa", "88 in Hsipaw, 57 in Kyaukme"): (start, end, index of the place, its figure) for
    each place's part of the sentence; an empty list when it gives figures for one place."""
    pairs: list[tuple[Quantity, int]] = []  # (figure, place index)
    quantities: Iterable[Quantity] = find_quantities(text)
    if "another" in text or " a " in text:
        more = [Quantity(1, False, m.start(), m.end()) for m in _ONE_MORE.finditer(text)]
        quantities = sorted([*quantities, *more], key=lambda q: q.start) if more else quantities
    for quantity in quantities:
        for index, (start, _) in enumerate(places):
            if 0 < start - quantity.end <= _FIGURE_TO_PLACE and _FIGURE_IN.fullmatch(text, quantity.end, start):
                pairs.append((quantity, index))
                break
    if len({index for _, index in pairs}) < 2:
        return []
    segments = []
    for n, (quantity, index) in enumerate(pairs):
        start = 0 if n == 0 else places[pairs[n - 1][1]][1]
        end = len(text) if n == len(pairs) - 1 else places[index][1]
        segments.append((start, end, index, quantity))
    return segments


def segment_counts(text: str, segments: list[tuple[int, int, int, Quantity]]) -> list[Counts]:
    """The figures of each place's part of the sentence (see `toll_segments`); a part whose
    figure the words near it do not say the kind of ("five were killed in Caracas, two in
    Zulia, two in Yaracuy") counts what the part before it counted."""
    found: list[Counts] = []
    for start, end, _, quantity in segments:
        counts = read_counts(text, span=(start, end))
        if not counts.values() and found and len(told := found[-1].values()) == 1:
            counts = _counts({next(iter(told)): quantity.value}, frozenset(), cumulative=False)
        found.append(counts)
    return found


# the two sides a sentence can give a toll for each of ("11 soldiers and 15 gunmen died", "the army lost five
# soldiers in clashes that also left 30 suspected jihadists dead"): the state's forces, and the armed men they fight
_STATE_FORCES = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|servicem[ae]n|policem[ae]n|police officers|gendarmes|jawans|rangers|"
    r"security personnel)\b"
)
_ARMED_MEN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:militants|gunm[ae]n|jihadists|terrorists|insurgents|rebels|attackers|assailants|"
    r"bandits|maoists|separatists)\b"
)
_WHOLE_OF_PARTS = re.compile(r"\b(?:including|among them|among whom|of whom|of them|comprising)\b")


def _side(text: str, figure: Quantity) -> int:
    """1 for the state's forces, 2 for armed men, 0 for anything else the figure counts."""
    return 1 if _STATE_FORCES.match(text, figure.end) else 2 if _ARMED_MEN.match(text, figure.end) else 0


def side_segments(text: str) -> list[tuple[int, int]]:
    """Where one sentence gives a figure for each side of a fight, and no other people's
    figure: the part of the sentence for each side, split where the second figure starts;
    an empty list otherwise (a whole and its parts, "12 people, including five soldiers
    and three militants", stay one toll)."""
    figures = find_quantities(text)
    if sorted(map(_side, repeat(text), figures)) != [1, 2] or _WHOLE_OF_PARTS.search(text):
        return []
    split = figures[1].start
    return [(0, split), (split, len(text))]


_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?")


def _part_of(text: str, part: Quantity, whole: Quantity) -> bool:
    between = _PART_OF.match(text, part.end)
    return between is not None and between.end() == whole.start


# "killed one (1) terrorist", as military statements write a figure: the repeat in brackets, blanked
_REPEATED_IN_BRACKETS = re.compile(r"(?<=[a-z])\s\((?P<value>\d{1,2})\)(?=\s)")
# "Three women (51, 18, 69) injured": their ages
_AGES_IN_BRACKETS = re.compile(r"\((?:\d{1,2},\s*)+\d{1,2}\)")


def _blank_repeat(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 10) : match.start()].split()
    word = before[-1].lower() if before else ""
    return " " * len(match.group()) if parse_number_words(word) == int(match["value"]) else match.group()


def read_counts(text: str, fields: frozenset[str] = COUNT_FIELDS_ALL, span: tuple[int, int] | None = None) -> Counts:
    """The figures of `text` for the count fields an event type carries; with `span`,
    only the figures within it (the rest of the sentence still says what they count)."""
    lo, hi = span or (0, len(text))
    if "(" in text:
        text = _REPEATED_IN_BRACKETS.sub(_blank_repeat, text)
        text = _AGES_IN_BRACKETS.sub(lambda ages: " " * len(ages.group()), text)
    totals: dict[str, int] = {}
    parts: dict[str, dict[str, int]] = {}
    values: dict[str, int] = {}
    approximate: set[str] = set()

    def put(field: str, value: int, approx: bool, into: dict[str, int]) -> None:
        if field not in into:
            into[field] = value
            if approx:
                approximate.add(field)

    joined_end: dict[str, int] = {}
    # per role, where the last subset figure or single person told of it ends, and whether it was a part
    told: dict[str, tuple[int, bool]] = {}
    included: set[str] = set()  # the roles whose last figure was a part of their toll ("including five soldiers")
    quantities = find_quantities(text)
    # "shot down 28 out of 32 drones", "40 of the 55 missiles": the part, of a whole counted on its own
    parts_of = {q.start for q, whole in pairwise(quantities) if _part_of(text, q, whole)}
    for quantity in quantities:
        if (
            quantity.start in parts_of
            or not lo <= quantity.start < hi
            or _SUPERLATIVE.match(text, quantity.end)
            or _AGE.match(text, quantity.end)
            or _OUTLET_IN_DATELINE.match(text, quantity.end)
            or _BASELINE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        ):
            continue  # "the toll is one of the bloodiest": a rank, not a figure; "Muzamil Mousa (15)": an age
        if _FAMILIES_AS_PEOPLE.match(text, quantity.end):
            continue
        field, noun_end = _noun_field(text, quantity.end)
        if field is None and _NUMBER_DISPLACED.search(text, max(0, quantity.start - 220), quantity.start):
            field = "displaced"
        value = quantity.value + (1 if _named_victim_before(text, quantity.start) else 0)
        if field == "buildings":
            previous_end = joined_end.get(field)
            if previous_end is not None and _BUILDINGS_JOINED.fullmatch(text, previous_end, quantity.start):
                values[field] += quantity.value
            else:
                put(field, quantity.value, quantity.approximate, values)
            while (one_more := _ONE_MORE_BUILDING.match(text, noun_end)) is not None:
                values[field] += 1
                noun_end = one_more.end()
            joined_end[field] = noun_end
            continue
        if field == "displaced" and (hurt := _displaced_hurt(text, quantity, noun_end)) is not None:
            put(hurt, value, quantity.approximate, totals)  # "the killing of 25 internally displaced people"
            continue
        if field in ("projectiles", "strikes", "displaced"):
            if field == "projectiles" and field in values:
                values[field] += quantity.value  # "88 missiles and 63 drones"
            else:
                put(field, quantity.value, quantity.approximate, values)
            continue
        found_from = max(0, quantity.start - _VERB_REACH)
        if field is None and _BODIES.match(text, quantity.end) and _BODIES_FOUND.search(text, found_from):
            put("killed", value, quantity.approximate, totals)  # "it received 10 bodies", "12 bodies were found"
            continue
        if field is None and _TOLL_AFTER.match(text, quantity.end):
            put("killed", value, quantity.approximate, totals)  # "this brings to four the death toll"
            continue
        if field is None and _DISPLACED_AFTER.match(text, quantity.end):
            put("displaced", value, quantity.approximate, totals)
            continue
        if (
            field is None
            and _FORCED_OUT.search(text, found_from, quantity.start)
            and _FROM_HOMES.match(text, quantity.end)
        ):
            put("displaced", value, quantity.approximate, totals)
            continue
        if field is None and not _PEOPLE.match(text, quantity.end):
            continue  # "one attack", "11 major infrastructure facilities": not a toll
        if (
            _CROWD_AFTER.match(text, noun_end)
            or _CROWD_BEFORE.search(text, max(0, quantity.start - 20), quantity.start)
            or _POPULATION_BEFORE.search(text, max(0, quantity.start - _POPULATION_REACH), quantity.start)
        ):
            continue  # "where about 10,000 people took part in a rally": a crowd, whatever killing the sentence tells
        role = _role(text, quantity, noun_end)
        if role is None or role == _TAKEN:
            continue
        if field in _SUBSETS:
            parts.setdefault(role, {}).setdefault(field, value)
            put(field, value, quantity.approximate, values)
            told[role] = (noun_end, True)
            previous_end = joined_end.get(role)
            if previous_end is not None and _JOINED.fullmatch(text, previous_end, quantity.start):
                totals[role] += value  # "five men and one woman": another group, not a part of the men
                joined_end[role] = noun_end
            continue
        if field == "combatants" and role == "displaced":
            continue  # "as residents fled, the army deployed 5,000 troops": troops are deployed, not displaced
        if field == "combatants":
            put("combatants", value, quantity.approximate, values)
        previous_end = joined_end.get(role)
        part_end, is_part = told.get(role, (-1, False))
        if previous_end is not None and _JOINED.fullmatch(text, previous_end, quantity.start):
            if role not in included:
                totals[role] += value  # "45 civilians and 73 soldiers"; not "12 people, including five soldiers and"
        elif role not in totals and is_part and _JOINED.fullmatch(text, part_end, quantity.start):
            totals[role] = sum(parts[role].values()) + value  # "four women and one man": the women, then the man
        else:
            if role in totals and (
                _INCLUDING.search(text, max(0, quantity.start - 90), quantity.start)
                or (previous_end is not None and _BREAKDOWN.fullmatch(text, previous_end, quantity.start))
            ):
                included.add(role)  # a part of the toll told before it, as the figures joined to it are
            put(role, value, quantity.approximate, totals)
        joined_end[role] = noun_end if noun_end > quantity.end else _word_end(text, quantity.end)
    if (
        "projectiles" not in values
        and may_match_folded(_ONE_PROJECTILE_NEEDLES, text)
        and _ONE_PROJECTILE.search(text, lo, hi)
    ):
        values["projectiles"] = 1  # "a Russian ballistic missile struck Kryvyi Rih"
    if (
        "buildings" not in values
        and may_match_folded(_ONE_BUILDING_NEEDLES, text)
        and _ONE_BUILDING.search(text, lo, hi)
    ):
        values["buildings"] = 1  # "damaged a five-storey apartment building", "a strike on a house"
    named_one: set[str] = set()  # roles whose total is one person told by name
    for role, named in _named_victims(text, lo, hi):
        if totals.setdefault(role, named) == 1:
            named_one.add(role)
    for field, found, start, end in _single_people(text, lo, hi):
        ends = {r: (e, False) for r, e in joined_end.items()} | told  # per role: the last figure's end, a part?
        joined = next((r for r, (e, _) in ends.items() if _JOINED.fullmatch(text, e, start)), None)
        role = found or joined  # "injuring two men and a woman": the figure's role
        if role is None or role == _TAKEN:
            continue
        if joined == role:
            # another part ("two women and a man", "including eight children and a woman") or one more
            # ("a teacher and another civilian were killed")
            if ends[role][1]:
                part = field if field in _SUBSETS else "others"
                parts[role][part] = parts[role].get(part, 0) + 1
                if field in _SUBSETS:
                    values.setdefault(field, 1)
            else:
                totals[role] = totals.get(role, 0) + 1
            told[role] = (end, ends[role][1])
            continue
        # one of a toll told before it: "three people, including a soldier and a police officer"
        including = role in totals and _INCLUDING.search(text, max(0, start - 90), start) is not None
        if field in _SUBSETS:
            parts.setdefault(role, {}).setdefault(field, 1)
            values.setdefault(field, 1)
        elif including:
            parts.setdefault(role, {})
        elif role not in totals and not parts.get(role):
            totals[role] = 1
            if field == "combatants":
                values.setdefault("combatants", 1)
        elif field == "combatants" and role in named_one:
            values.setdefault("combatants", 1)  # "a soldier of the Artsakh army, Vache Chilingaryan, was killed"
        told[role] = (end, field in _SUBSETS or including)
    for role, subset in parts.items():
        if role not in totals:
            totals[role] = sum(subset.values())
            if any(f in approximate for f in subset):
                approximate.add(role)
    if (
        totals
        and holds_needles(_ONE_MORE_HURT_NEEDLES, text)
        and (other := _ONE_MORE_HURT.search(text, lo, hi)) is not None
    ):
        role = _normalise(other["role"] or "injured")
        if other["many"]:  # "five were killed and as many injured": the figure again
            given = next((v for r, v in totals.items() if r != role), None)
            if given is not None and role not in totals:
                totals[role] = given
        elif role not in totals:  # "a soldier was killed and another seriously injured"
            totals[role] = 1
    merged = {**values, **totals}
    kept = {k: v for k, v in merged.items() if k in fields}
    return _counts(kept, frozenset(approximate & kept.keys()), bool(kept) and _running(text))


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE pattern written in lower case, without the flag: over an ASCII
    text lowered it matches where the pattern matches the text, at the same offsets
    (in ASCII, ignoring case only equates A-Z with a-z), two to three times faster.
    Other text keeps the pattern itself (there "ſ" matches "s" and "İ" lowers to two
    characters)."""
    if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
        raise ValueError(f"not an IGNORECASE pattern written in lower case: {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_RUNNING_LOWERED, _RANKED_LOWERED = _case_sensitive(_RUNNING), _case_sensitive(_RANKED)


def _running(text: str) -> bool:
    """The sentence gives a running total ("since October", "so far", "the death toll
    rose to", "bringing the total to"), not one incident's figures. A period that only
    ranks the incident ("the biggest since the start of the war", "the second attack
    in just over a week") is no total."""
    running, ranked = _RUNNING, _RANKED
    if text.isascii():
        running, ranked, text = _RUNNING_LOWERED, _RANKED_LOWERED, text.lower()
    return any(ranked.search(text, max(0, m.start() - 60), m.start()) is None for m in running.finditer(text))
