# async for over literals: the optimizer must not turn the list into a tuple (the error names the type).
async def over_list():
    async for x in [1, 2]:
        print(x)


async def over_set():
    async for x in {1, 2}:
        print(x)


async def over_range():
    async for x in range(3):
        print(x)


for make in (over_list, over_set, over_range):
    try:
        make().send(None)
    except TypeError as e:
        print(type(e).__name__, e)
