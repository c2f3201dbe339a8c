s = "text"
print(-len(s))
print(-s)
