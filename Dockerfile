# dprkwatch on the current Node LTS. Build: docker build -t dprkwatch .
# Run: docker run -v dprkwatch-data:/app/data -e DISCORD_WEBHOOK_URL=... dprkwatch
FROM node:22-bookworm-slim AS build
# better-sqlite3 compiles its native addon when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY bin bin
COPY src src
COPY tests tests
COPY bench bench
RUN npm ci && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production DPRKWATCH_DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
COPY bin bin
COPY config config
COPY corpus corpus
COPY demo demo
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
CMD ["node", "bin/dprkwatch.js", "run"]
