# AsyncFunctionDef, Await, AsyncFor, AsyncWith (async/await is deliberately refused).
async def fetch(source):
    async with source as s:
        async for item in s:
            await item


print(type(fetch).__name__)
