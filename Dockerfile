# Impactgate GitHub App. Build: docker build -t impactgate .
# Run:  docker run -e APP_ID -e PRIVATE_KEY -e WEBHOOK_SECRET -p 3000:3000 impactgate
# (GitHub Enterprise Server: add -e GHE_HOST=github.example.com.)

# 1. build with dev dependencies (TypeScript)
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN npm ci --ignore-scripts
COPY src ./src
RUN npm run build

# 2. run with production dependencies only, as a non-root user
FROM node:20-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/lib ./lib
COPY bin ./bin
COPY app.yml impactgate.schema.json ./
USER node
EXPOSE 3000
# Liveness: /healthz on PORT (the app) or WORKER_PORT (`impactgate worker`); no curl in slim images.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "start"]
