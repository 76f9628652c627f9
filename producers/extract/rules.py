"""The extraction rules: which phrasings make which event type.

Patterns are written in lower case and start at a word boundary (see
`rule.Rule.trigger`). A rule's id is recorded in each event's `source.extractor`,
so every extracted fact says which rule produced it.
"""

from __future__ import annotations

import re

from conflictwatch.models import EventType
from producers.extract.rule import Rule, patterns

TOLL_FIELDS = frozenset({"killed", "injured", "children", "women", "combatants"})
_CEASEFIRE = r"(?:ceasefire|cease-fire|truce|halt (?:to|in) (?:the )?(?:hostilities|fighting)|mutual halt|armistice)"

RULES: tuple[Rule, ...] = (
    Rule(
        id="rocket-pause",
        gate=("rocket", "siren", "-hour", "-day"),
        type=EventType.ROCKET_PAUSE,
        triggers=patterns(
            r"\b(?:rockets?|rocket (?:fire|attacks|barrages)|sirens?)\b[^;]{0,40}?"
            r"\b(?:stopped|halted|paused|ceased|fell silent|went quiet|died down)\b[^;]{0,30}?\bfor\b",
            r"\bafter an? [\w-]+-(?:hour|day) (?:break|lull|pause|respite|quiet|silence|calm)\b",
        ),
        pause=True,
        duration=True,
        suppresses=frozenset({EventType.ROCKET_FIRE}),
    ),
    Rule(
        id="rocket-fire",
        gate=("rocket", "salvo", "mortar", "projectile", "siren"),
        type=EventType.ROCKET_FIRE,
        triggers=patterns(
            r"\b(?:fired|fires|firing|launched|launching|launches|shot|lobbed|rained)\b[^;]{0,50}?\b(?:rockets?|"
            r"salvos? of rockets|rocket barrages?|mortars?|projectiles)\b",
            r"\b(?:rockets?|salvos?)\b[^;]{0,40}?\b(?:were|have been|had been|was)\s+(?:fired|launched)\b",
            r"\b(?:rockets?|salvos?)\b[^;]{0,25}?\b(?:struck|hit|landed|slammed|fell)\b",
            r"\b(?:hit|struck) by (?:a |an )?rockets?\b",
            r"\brocket (?:fire|barrages?|salvos?|attacks?) (?:on|at|against|resumed|continued|hit|struck|into)\b",
            r"\b(?:kept up|continued|resumed|stepped up)\b[^;]{0,20}?\brocket (?:fire|barrages?|attacks?)\b",
            r"\bsirens?\b[^;]{0,40}?\b(?:sounded|blared|wailed|went off|rang out)\b",
        ),
        unless=re.compile(r"\brocket (?:launchers?|factory|workshops?)\b"),
        counts=frozenset({"projectiles"}),
        per_place=True,
    ),
    Rule(
        id="air-strike",
        gate=(
            "strike",
            "air raid",
            "aerial",
            "warplane",
            "fighter jet",
            "aircraft",
            "bomb",
            "missile",
            "drone",
            "attack",
        ),
        type=EventType.AIR_STRIKE,
        triggers=patterns(
            r"\b(?:air ?strikes?|airstrikes?|air raids?|aerial (?:bombardments?|attacks?)|warplanes?|fighter jets?|"
            r"aircraft (?:struck|hit|bombed|pounded)|drone strikes?|missile strikes?|bombarded|bombed|"
            r"bombing raids?)\b",
            r"\b(?:missiles?|drones?)\b[^;]{0,30}?\b(?:struck|hit|landed|slammed|pounded|rained)\b",
            r"\b(?:fired|launched|launching)\b[^;]{0,30}?\b(?:missiles?|drones?)\b",
            r"\b(?:strikes?|massive strike) on\b",
            r"\b(?:israeli |russian |u\.s\. |american |british |army |air )?strikes? (?:hit|struck|pounded|targeted)\b",
            r"\b(?:in|one) (?:one )?(?:israeli |russian )?attack on (?!the |an? )",
            r"\bone (?:israeli|russian) (?:attack|strike)\b",
        ),
        unless=re.compile(
            r"\b(?:killed|wounded|injured|damaged|destroyed)\b[^;]{0,30}?\bin (?:the )?"
            r"(?:aerial bombardments?|air ?strikes|airstrikes|bombardments?)\b"
            r"|\b(?:step up|stepping up|escalate|intensify|expand)\s+(?:its\s+|the\s+)?"
            r"(?:air ?)?strikes\b|\brockets? and drones\b"
            rf"|\b(?:{_CEASEFIRE[3:-1]}|moratorium|halt)\b[^;]{{0,40}}?\bstrikes on\b",
        ),
        counts=frozenset({"strikes", "projectiles"}),
        per_place=True,
    ),
    Rule(
        id="ground-clash",
        gate=(
            "clash",
            "battle",
            "firefight",
            "exchange",
            "artillery",
            "shell",
            "ground ",
            "fighting",
            "attack",
            "assault",
        ),
        type=EventType.GROUND_CLASH,
        triggers=patterns(
            r"\b(?:clash(?:es|ed)?|gun ?battles?|firefights?|exchanges? of fire|artillery(?: fire)?|shelling|shelled|"
            r"ground (?:assault|offensive|incursion)|heavy fighting|fighting (?:raged|broke out|erupted) in)\b",
            r"\battacked an? (?:military|army) (?:base|post|position|convoy)\b",
            r"\b(?:launched|launching|mounted) an? (?:ground )?(?:attack|assault|offensive)\b",
            r"\bassaults? (?:on|along)\b",
        ),
        unless=re.compile(
            r"\b(?:killed|wounded|injured|died)\s+in\s+(?:the\s+)?(?:clashes|fighting)\b|\bpolice\s+(?:clash\w*)\b|"
            r"\bclash\w* with (?:worshippers|protesters|rioters|demonstrators)\b",
        ),
        per_place=True,
    ),
    Rule(
        id="civil-unrest",
        gate=(
            "violence",
            "riot",
            "protest",
            "demonstration",
            "unrest",
            "lynch",
            "stun grenade",
            "tear gas",
            "rubber bullet",
            "police",
            "clash",
        ),
        type=EventType.CIVIL_UNREST,
        triggers=patterns(
            r"\b(?:street violence|riots?|rioters|rioting|protests?|protesters|demonstrations|unrest|mob violence|"
            r"lynching|stun grenades|tear gas|rubber bullets)\b",
            r"\bpolice (?:clash\w*|fired|raided|stormed)\b",
            r"\bclash\w* with (?:worshippers|protesters|rioters|demonstrators)\b",
        ),
        suppresses=frozenset({EventType.GROUND_CLASH}),
    ),
    Rule(
        id="cabinet-meeting",
        gate=("cabinet",),
        type=EventType.CABINET_MEETING,
        triggers=patterns(
            r"\b(?:security|war|political-security|emergency) cabinet\b[^;]{0,40}?\b(?:met|meets|meeting|convened?|"
            r"voted|approved|endorsed|decided|discuss\w*)\b",
            r"\b(?:meeting|session) of (?:his|her|the|its) (?:security |war )?cabinet\b",
            r"\b(?:convened?|scheduled|called) (?:a|an|the) [^;]{0,30}?\bcabinet\b",
            r"\bcabinet\b[^;]{0,20}?\b(?:approved|voted|met|convened|endorsed)\b",
        ),
        confidence=1.0,
    ),
    Rule(
        id="ceasefire-in-effect",
        gate=("ceasefire", "cease-fire", "truce", "halt", "armistice", "suspend", "stop", "cease"),
        type=EventType.CEASEFIRE_IN_EFFECT,
        triggers=patterns(
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:took|takes|take) effect\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,80}}?\b(?:came|come|comes|went|entered|enters) into (?:effect|force)\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,100}}?\b(?:began|begins|started|starts) at\b",
            rf"\b{_CEASEFIRE}\b (?:held|was holding|is holding|remained in place)\b",
            r"\b(?:halt|suspend|stop|cease) (?:all )?(?:military action|hostilities|fighting|attacks|strikes)\b"
            r"[^;]{0,20}?\bfrom\b",
        ),
        unless=re.compile(
            rf"\b(?:before|after|since) (?:the|a) (?:[\w-]+ ){{0,3}}{_CEASEFIRE} (?:formally )?(?:began|took effect|"
            r"came into effect|started)\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
        duration=True,
        confidence=0.95,
    ),
    Rule(
        id="ceasefire-violation",
        gate=("ceasefire", "cease-fire", "truce", "halt", "armistice", "violat", "breach", "breaking"),
        type=EventType.CEASEFIRE_VIOLATION,
        triggers=patterns(
            rf"\bviolat(?:ed|ing|ions?|es?)\b[^;]{{0,30}}?\b{_CEASEFIRE}\b",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:violations?|violated|broken|breach(?:ed|es)?)\b",
            rf"\b(?:breached|broke|broken|breaking|violated) (?:the|a|an|its) (?:[\w-]+ ){{0,3}}{_CEASEFIRE}",
            r"\baccus\w* (?:each other|one another|the other side|\w+) of (?:violating|breaking|breaching)\b",
            r"\b(?:noted|reported|recorded) violations\b",
            rf"\bbroke (?:the|a) {_CEASEFIRE}\b",
        ),
        unless=re.compile(r"\bany violations?\b"),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
    ),
    Rule(
        id="ceasefire-violation-after-start",
        gate=("after",),
        type=EventType.CEASEFIRE_VIOLATION,
        triggers=patterns(
            rf"\b(?:minutes|hours?|shortly|soon|days?) after (?:the|a) (?:[\w-]+ ){{0,3}}{_CEASEFIRE}[^;]{{0,60}}?"
            r"\b(?:began|took effect|came into effect|started)\b",
        ),
        requires=re.compile(
            r"\b(?:shell\w*|attack\w*|clash\w*|fired|firing|strikes?|bomb\w*|assaults?|rockets?|sirens?)\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
    ),
    Rule(
        id="ceasefire-ended",
        gate=("ceasefire", "cease-fire", "truce", "armistice", "halt"),
        type=EventType.CEASEFIRE_ENDED,
        triggers=patterns(
            rf"\b{_CEASEFIRE}\b[^;]{{0,40}}?\b(?:expired|ended|collapsed|broke down|fell apart|was called off|"
            r"came to an end|lapsed|is over|was over)\b",
            rf"\b(?:ended|ending|collapse of|expiry of|expiration of|end of|scrapped|abandoned|called off)\s+"
            rf"(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}{_CEASEFIRE}",
        ),
        unless=re.compile(
            rf"\b(?:once|until|unless|if|before)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}{_CEASEFIRE}\b"
            rf"|\b(?:call\w*|push\w*|efforts?|talks|plans?) (?:for|to) (?:an? )?end\b"
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS, EventType.CEASEFIRE_IN_EFFECT}),
        confidence=0.9,
    ),
    Rule(
        id="ceasefire-agreed",
        gate=("agree", "accept", "approv", "endorse", "signed", "reached", "struck", "sealed"),
        type=EventType.CEASEFIRE_AGREED,
        triggers=patterns(
            rf"\bagree[ds]?\b[^;]{{0,40}}?\b{_CEASEFIRE}",
            rf"\b(?:accept|accepted|approved|approve|endorsed|signed)\b[^;]{{0,60}}?\b(?:{_CEASEFIRE}|agreement|deal|"
            r"(?:ceasefire|truce) proposal)\b",
            rf"\b{_CEASEFIRE} (?:deal|agreement) (?:was |has been )?(?:reached|agreed|struck|sealed)\b",
            rf"\breached an? {_CEASEFIRE}\b",
            rf"\b{_CEASEFIRE} (?:was|were|has been|had been) (?:agreed|reached|signed|accepted)\b",
        ),
        suppresses=frozenset({EventType.CEASEFIRE_TALKS}),
        demote_to=EventType.CEASEFIRE_TALKS,
    ),
    Rule(
        id="ceasefire-talks",
        gate=(
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
        ),
        type=EventType.CEASEFIRE_TALKS,
        triggers=patterns(
            rf"\b(?:talks|negotiations?|moves|efforts?|push|proposal|mediation|bid)\b[^;]{{0,40}}?\b{_CEASEFIRE}",
            rf"\b{_CEASEFIRE}\b[^;]{{0,30}}?\b(?:talks|negotiations|proposal|efforts|would be reached)\b",
            rf"\bpredicted an? {_CEASEFIRE}|\bbroker an? {_CEASEFIRE}",
            rf"\bpropos\w*\b[^;]{{0,40}}?{_CEASEFIRE}",
            r"\b(?:restart|resume|revive|reviv|hold|held|join|holding)\w* (?:peace |ceasefire |truce )?talks\b",
            r"\b(?:mediators?|envoy)\b[^;]{0,60}?\b(?:held talks|talks|meet\w*|met)\b",
            r"\b(?:sought|seeking|seek) an end to the (?:violence|fighting|war)\b",
            r"\befforts to (?:restore calm|end the (?:fighting|violence))\b",
        ),
        unless=re.compile(rf"\bany {_CEASEFIRE}\b"),
        confidence=0.8,
    ),
    Rule(
        id="casualty-toll",
        gate=("kill", "dead", "died", "death", "wound", "injur", "casualt", "lost their lives"),
        type=EventType.CASUALTY_REPORT,
        triggers=patterns(
            r"\b(?:killed|killing|dead|died|deaths?|death toll|wounded|wounding|injured|injuring|casualties|"
            r"lost their lives)\b"
        ),
        counts=TOLL_FIELDS,
        requires_counts=True,
    ),
    Rule(
        id="displacement",
        gate=("fled", "displaced", "homeless", "evacuated", "forced from", "uprooted"),
        type=EventType.DISPLACEMENT_REPORT,
        triggers=patterns(r"\b(?:fled|displaced|homeless|evacuated|forced from their homes|uprooted)\b"),
        counts=frozenset({"displaced"}),
        requires_counts=True,
    ),
    Rule(
        id="infrastructure-damage",
        gate=(
            "building",
            "home",
            "house",
            "hospital",
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
        ),
        type=EventType.INFRASTRUCTURE_DAMAGE,
        triggers=patterns(
            r"\b(?:buildings?|homes|houses|hospitals|roads|bridges?|power (?:plants?|stations?|lines?|grid)|"
            r"substations?|(?:energy|civilian|critical|power|water) (?:infrastructure|system|facilities|network)|"
            r"infrastructure facilities|water (?:pipes|supplies|mains)|dam|hydroelectric plant|"
            r"(?:energy|industry) facilities)\b"
            r"[^;]{0,40}?\b(?:destroyed|damaged|hit|struck|razed|flattened|collapsed|on fire|knocked out)\b",
            r"\b(?:destroyed|damaged|damage to|hit|hitting|struck|striking|knocking out|knocked out|cut)\b[^;]{0,40}?\b"
            r"(?:buildings|homes|houses|hospitals|power (?:plants?|stations?)|substations|(?:energy|power) "
            r"(?:infrastructure|system|grid|facilities)|dam|water (?:pipes|supplies)|(?:energy|industry) facilities)\b",
            r"\bknock\w* out (?:power|electricity)\b|\bwithout (?:power|electricity)\b|\bpower (?:cuts|outages?)\b",
        ),
        counts=frozenset({"buildings"}),
        per_place=True,
    ),
    Rule(
        id="un-session",
        gate=("security council", "general assembly", "human rights council", "special session", "emergency session"),
        type=EventType.UN_SESSION,
        triggers=patterns(
            r"\b(?:security council|general assembly|human rights council)\b[^;]{0,60}?\b(?:meet\w*|session|convene\w*|"
            r"vote\w*|debate\w*|briefed|hold|held)\b",
            r"\b(?:special|emergency) session\b",
        ),
        places=(
            (re.compile(r"human rights council"), "Geneva"),
            (re.compile(r"security council|general assembly"), "New York"),
        ),
        confidence=0.95,
    ),
    Rule(
        id="threat",
        gate=(
            "threat",
            "vowed",
            "warned",
            "prepared to expand",
            "expand the",
            "step up",
            "respond forcefully",
            "harsh",
            "would hit",
            "continue",
            "go on",
            "resume",
            "hesitate",
        ),
        type=EventType.THREAT_STATEMENT,
        triggers=patterns(
            r"\b(?:threatened|threatens|vowed|warned (?:that )?\w+ would|prepared to expand|"
            r"expand the (?:campaign|operation|offensive)|step up (?:strikes|attacks)|respond forcefully|"
            r"harsh\W* response|would hit)\b",
            r"\b(?:offensive|campaign|operation|attacks|strikes) (?:would|will) (?:continue|go on)\b",
            r"\b(?:would|will) resume (?:the )?(?:fighting|attacks|strikes|war|offensive)\b",
            r"\b(?:would|will) not hesitate to\b",
        ),
    ),
    Rule(
        id="diplomatic-statement",
        gate=(
            "urged",
            "condemned",
            "called for",
            "called on",
            "welcomed",
            "appealed",
            "demanded",
            "denounced",
            "pledged",
            "promised",
            "would send",
            "would support",
            "would not support",
            "would work",
            "would deploy",
            "would provide",
        ),
        type=EventType.DIPLOMATIC_STATEMENT,
        triggers=patterns(
            r"\b(?:urged|condemned|called for|called on|welcomed|appealed|demanded|denounced|pledged|promised)\b",
            r"\bsaid (?:it|they) would (?:send|support|not support|work|deploy|provide)\b",
            r"\bwould not support\b",
        ),
        confidence=0.8,
    ),
)
