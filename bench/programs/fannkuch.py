# Fannkuch-redux: permutations of a small list, prefix reversals by slice assignment.
# Exercises list slicing, slice assignment, indexing and while loops.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation_index % 2 == 0 else -flips
        permutation_index += 1
        # Next permutation in the counting order: rotate the first r+1 items.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
checksum, flips = fannkuch(n)
print("fannkuch(%d) checksum %d max flips %d" % (n, checksum, flips))
