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
RUN pip install --no-cache-dir . && useradd --system bankpm \
    && mkdir -p /var/lib/bankpm/documents && chown -R bankpm /var/lib/bankpm \
    && chmod -R 700 /var/lib/bankpm
USER bankpm
# Documents go to /var/lib/bankpm/documents: mount a volume shared by every replica there
# (docker-compose.yml does); a new named volume takes this directory's owner and mode.
ENV BANKPM_ENV=production BANKPM_DATA_DIR=/var/lib/bankpm \
    BANKPM_DOCUMENTS_DIR=/var/lib/bankpm/documents HOST=0.0.0.0 PORT=8000
EXPOSE 8000
CMD ["bankpm", "serve"]

FROM nginx:1.27-alpine AS proxy
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/security-headers.inc /etc/nginx/bankpm-security-headers.inc
COPY --from=console /src/frontend/dist /usr/share/nginx/html
