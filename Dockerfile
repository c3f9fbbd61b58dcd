# Production images: `api` (Python) and `proxy` (nginx with the built console).
FROM node:20-bookworm-slim AS console
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY schema.graphql /src/schema.graphql
COPY frontend/ ./
RUN npm run build

FROM python:3.11-slim-bookworm AS api
WORKDIR /app
COPY pyproject.toml README.md ./
COPY backend/ backend/
RUN pip install --no-cache-dir . && useradd --system bankpm
USER bankpm
ENV BANKPM_ENV=production BANKPM_DATA_DIR=/tmp/bankpm HOST=0.0.0.0 PORT=8000
EXPOSE 8000
CMD ["bankpm", "serve"]

FROM nginx:1.27-alpine AS proxy
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=console /src/frontend/dist /usr/share/nginx/html
