inventory = {"apples": 3, "pears": 0, "plums": 7}
for name in inventory:
    print(name, inventory[name])
print([k for k, v in inventory.items() if v])
print(max(inventory, key=inventory.get))
print(sorted(inventory.items(), key=lambda kv: kv[1]))
print(sum(inventory.values()))
