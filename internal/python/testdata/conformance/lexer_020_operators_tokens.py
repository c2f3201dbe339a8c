a = 7
print(a//2, a%3, a**2)
print(a<<1, a>>1)
print(a!=7, a<=7, a>=8)
print(-a, +a, ~a)
b = [1,2,3][::-1]
print(b)
print(a is not None)
print((a)if(a)else(0))
