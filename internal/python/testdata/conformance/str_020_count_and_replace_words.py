text = "To be, or not to be: that is the question."
clean = "".join(c.lower() if c.isalpha() or c == " " else " " for c in text)
words = clean.split()
print(words)
print(words.count("be"), len(words))
print(text.count("be"), text.lower().count("to"))
