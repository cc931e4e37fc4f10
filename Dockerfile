# welkom in a container: build the TypeScript in one stage, run the compiled JavaScript as a non-root user in a small one.
# Build:  docker build -t welkom .        Run: see compose.yaml and the README's "Deploy" section.

# ---- build: install everything, compile, then drop the development dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci runs `prepare` (scripts/start.mjs --build-only), which only warns while src/ is not there yet.
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY test ./test
COPY bench ./bench
COPY bin ./bin
COPY flows ./flows
COPY locales ./locales
COPY deck ./deck
COPY migrations ./migrations
COPY vitest.config.ts ./
# The compiled app finds flows/, locales/, deck/, migrations/ and src/playground/public/ from the project folder (src/core/paths.ts).
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- run ----
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/flows ./flows
COPY --from=build /app/locales ./locales
COPY --from=build /app/deck ./deck
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/src/playground/public ./src/playground/public
# DATA_DIR belongs to the unprivileged "node" user (uid 1000) that runs welkom; the image's files stay read-only for it.
RUN mkdir -p /data && chown node:node /data && chmod 700 /data \
 && ln -s /app/bin/welkom.js /usr/local/bin/welkom
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM goes straight to node (exec form, no shell): welkom stops taking updates and exits within 10 s.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
