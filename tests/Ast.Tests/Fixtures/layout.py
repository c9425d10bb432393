x = (1 +
     2)
y = [
    3,
    4]  # comment
\

z = 5 \
    + 6
# trailing comment without newline