# syntax=docker/dockerfile:1
#
# One image definition for every Node service in docker-compose.yml. The build argument WORKSPACE names the workspace
# the container runs (subgraphs/offices, subgraphs/schools, subgraphs/interventions, subgraphs/outcomes, gateway, or
# packages/launcher for the replication job):
#
#   docker build --build-arg WORKSPACE=subgraphs/schools -t lagesbild-schools .
#
# Stages: `manifests` extracts the package.json files, `build` installs every dependency and compiles the whole
# monorepo once (shared by all five images, so Docker's cache builds it once), `deps` installs only the production
# dependencies of WORKSPACE, and the final stage combines those with the compiled dist/ folders and schema/, running as
# the unprivileged `node` user.

ARG NODE_IMAGE=node:24-bookworm-slim

# npm 11, the version the project uses (it reads `allowScripts` in package.json). Dependency install scripts are
# skipped altogether here (--ignore-scripts): the only ones in the tree belong to embedded-postgres, which the containers
# do not use (they talk to the postgres service), @swc/core (tests only), and @apollo/protobufjs, whose script only
# prepares its own command-line tool and checks versions.
FROM ${NODE_IMAGE} AS base
RUN npm install --global npm@11 && npm cache clean --force
WORKDIR /app

# Only the lockfile and the package.json files, so that the dependency layers below are rebuilt only when one of those
# changes, not on every source edit. (This stage reruns on every change to the context, but its output is identical
# unless a manifest changed, so the layers that copy from it stay cached.)
FROM base AS manifests
COPY . /context
RUN mkdir -p /manifests \
    && cd /context \
    && find . -name node_modules -prune -o -name package.json -print | xargs -r cp --parents -t /manifests \
    && cp package-lock.json /manifests/

# The whole monorepo, compiled once with `npm run build` (`tsc --build`, then the dashboard's Vite build, which the
# gateway serves from dashboard/dist). /out then holds what the runtime needs from it: each workspace's package.json
# and dist/ (compiled tests and build info left out) and schema/.
FROM base AS build
COPY --from=manifests /manifests/ ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build \
    && mkdir -p /out \
    && find . -name node_modules -prune -o -name dist -type d -print | xargs -r cp -r --parents -t /out \
    && find . -name node_modules -prune -o -name package.json -print | xargs -r cp --parents -t /out \
    && find /out -name __tests__ -type d -prune -exec rm -rf {} + \
    && find /out -name '*.tsbuildinfo' -delete \
    && cp -r schema /out/schema

# Production dependencies of WORKSPACE only (and of the workspaces it depends on, which npm links).
FROM base AS deps
ARG WORKSPACE
COPY --from=manifests /manifests/ ./
RUN if [ -z "$WORKSPACE" ] || [ ! -f "$WORKSPACE/package.json" ]; then \
        echo "WORKSPACE='$WORKSPACE' is not a workspace folder: build with --build-arg WORKSPACE=subgraphs/schools (or another)" >&2; \
        exit 1; \
    fi \
    && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace "$WORKSPACE" \
    && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ARG WORKSPACE
ENV NODE_ENV=production \
    WORKSPACE=${WORKSPACE}
WORKDIR /app
COPY --from=deps /app/ ./
COPY --from=build /out/ ./
# The gateway serves the composed schema/supergraph.graphql (written by `npm run compose`) and accepts the trusted
# documents the dashboard's build wrote beside it in dashboard/dist/ (copied with every dist/ above); fail the build
# rather than start a gateway that cannot load them.
RUN if [ ! -f "$WORKSPACE/dist/index.js" ]; then echo "$WORKSPACE/dist/index.js was not built" >&2; exit 1; fi \
    && if [ "$WORKSPACE" = gateway ] && [ ! -f schema/supergraph.graphql ]; then \
        echo 'schema/supergraph.graphql is missing: run `npm run compose` before building the gateway' >&2; \
        exit 1; \
    fi \
    && if [ "$WORKSPACE" = gateway ] && [ ! -f dashboard/dist/persisted-documents.json ]; then \
        echo 'dashboard/dist/persisted-documents.json (the trusted documents) was not built' >&2; \
        exit 1; \
    fi
USER node
# The port, HOST, DATABASE_URL and the rest come from the environment (see docker-compose.yml). `exec` makes node the
# process that receives SIGTERM (docker-compose.yml also sets `init: true`, so a minimal init reaps and forwards).
CMD ["/bin/sh", "-c", "exec node \"/app/$WORKSPACE/dist/index.js\""]
