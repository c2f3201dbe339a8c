def setup():
    print("setup ran")
handler = setup()
handler()
