# syntax=docker/dockerfile:1
# Two images from one build:
#   target "app" (the default): Next's standalone server, `node server.js`, nothing else in it.
#   target "ops": the migration runner (`node scripts/migrate.mjs deploy`) and the SMS worker
#                 (`npm run worker`), which run TypeScript with tsx and need the production node_modules.
# Both Prisma clients (SQLite and PostgreSQL) are generated into the image; DATABASE_URL picks one at run time.
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# ---- dependencies (better-sqlite3 compiles from source when no prebuilt binary downloads) ----
FROM base AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- build: both Prisma clients, standalone Next build, then production deps only ----
FROM base AS build
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Generation contacts no database.
RUN node scripts/db-generate.mjs \
 && BUILD_STANDALONE=1 npx next build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- ops: migrations (run once per release) and the standalone SMS worker ----
FROM base AS ops
ENV NODE_ENV=production
RUN groupadd --system app && useradd --system --gid app --home /app app
COPY --from=build --chown=app:app /app/package.json /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=build --chown=app:app /app/node_modules ./node_modules
COPY --from=build --chown=app:app /app/lib ./lib
COPY --from=build --chown=app:app /app/ml ./ml
COPY --from=build --chown=app:app /app/prisma ./prisma
COPY --from=build --chown=app:app /app/scripts ./scripts
USER app
# `docker compose run migrate` or the release step of your platform runs: node scripts/migrate.mjs deploy
CMD ["node", "--conditions=react-server", "--import", "tsx", "scripts/worker.ts"]

# ---- app: the standalone server (default target) ----
FROM base AS app
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system app && useradd --system --gid app --home /app app
# server.js with the traced node_modules it needs; static assets and public/ are not part of it.
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
