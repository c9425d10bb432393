x = [1,
	2,
        3]
if x:
	pass
y = (
# comment inside
  4); z = 5;
