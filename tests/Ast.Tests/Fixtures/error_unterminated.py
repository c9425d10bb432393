s = 'no end
