values = [5, 3, 8, 1]
running = []
total = 0
for v in values:
    total += v
    running.append(total)
print(running)
print(total / len(values))
print(max(values) - min(values))
