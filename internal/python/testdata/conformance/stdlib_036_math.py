import math
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.sqrt(16), math.sqrt(2) > 1.41)
print(math.isnan(float("nan")), math.isnan(1.0))
print(math.inf > 1e308, -math.inf < 0)
print(round(math.pi, 4), round(math.e, 3))
print(math.isinf(math.inf), math.fabs(-3))
print(math.gcd(12, 18), math.factorial(5))
print(type(math.floor(2.5)).__name__)
