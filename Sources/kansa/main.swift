print("kansa")
