class K:
    base = 10
    print("class body runs")
    items = [base + i for i in range(2)]
