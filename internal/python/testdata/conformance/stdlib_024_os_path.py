import os
import os.path
print(os.path.join("a", "b", "c.txt"))
print(os.path.basename("dir/sub/file.py"), os.path.dirname("dir/sub/file.py"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.exists("data/sample.txt"), os.path.exists("data/missing"))
print(os.path.join("data", "codes.csv"), os.path.isfile(os.path.join("data", "codes.csv")))
print(os.path.split("x/y/z"))
