import csv, logging, math, random, re, itertools
with open("csv_data.csv") as f:
    for row in csv.reader(f):
        print(row)
with open("csv_data.csv") as f:
    r = csv.DictReader(f)
    print(r.fieldnames)
    for row in r:
        print(row)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.DictReader(["1,2,3", "4"], fieldnames=["x", "y"])))
logging.info("hidden")
log = logging.getLogger(__name__)
log.setLevel(logging.DEBUG)
print(logging.INFO, logging.WARNING, logging.getLogger("a") is logging.getLogger("a"))
print(math.floor(2.7), math.ceil(2.1), math.sqrt(16), math.log(8, 2), math.log10(1000), math.pi, math.inf, math.isnan(math.nan))
print(math.gcd(12, 18), math.isclose(1, 1.0000000001), math.trunc(-2.5), math.fabs(-3), math.exp(0), math.pow(2, 0.5), math.fsum([0.1] * 10))
for fn in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.floor(float('inf')), lambda: math.floor('x'), lambda: math.exp(1000)]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b, all(0 <= x < 1 for x in a), 1 <= random.randint(1, 6) <= 6, random.choice(["x"]))
l = list(range(10))
random.shuffle(l)
print(sorted(l) == list(range(10)), len(random.sample(range(100), 5)))
m = re.search(r"(?P<a>\d+)-(\d+)?", "x 12- y")
print(m.group(), m.group(1), m.group("a"), m.group(2), m.groups(), m.groups("z"), m.groupdict(), m.start(), m.end(), m.span(2), m[1], m.group(0, 1))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.sub(r"(?P<x>a)", r"\g<x>\g<1>!", "cat"), re.sub("a", lambda m: m.group().upper(), "banana", count=2))
print(re.findall(r"\d", "a1b2"), re.findall(r"(\d)(\w)", "a1b2c"), re.split(r",\s*", "a, b,c"), re.split(r"(,)", "a,b"), re.split(",", "a,b,c", maxsplit=1))
print(re.escape("a.b*c d_e-f"), re.compile("a+").pattern, re.match("a", "ba"), bool(re.fullmatch("a|ab", "ab")), re.subn("a", "b", "aaa"))
print([m.span() for m in re.finditer("a", "aba")], re.match("é(.)", "éxy").span(1), re.compile(r"^\d+$").match("123").group())
pat = re.compile(r"code_(\d{2})", re.IGNORECASE)
print([pat.match(s).group(1) for s in ["CODE_01", "code_22"]], re.search("B", "abc", re.I).start(), re.findall("^x", "x\nx", flags=re.M))
try:
    re.compile("(a")
except re.error as e:
    print("re.error")
print(list(itertools.chain([1], (2, 3))), list(itertools.product("ab", [1, 2])), list(itertools.combinations([1, 2, 3], 2)))
print(list(itertools.islice(itertools.count(5), 3)), list(itertools.repeat("x", 2)), [(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.zip_longest([1, 2], "a", fillvalue=0)), list(itertools.accumulate([1, 2, 3])))
