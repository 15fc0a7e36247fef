# Multi-stage build of the wireingest worker: the SDK publishes one Native AOT executable (Kestrel for the health endpoint
# compiled in), which runs on runtime-deps (no .NET runtime needed) as the image's unprivileged user, with state only on the
# data volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Native AOT links with clang and needs zlib's headers.
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props global.json WireIngest.sln appsettings.json ./
COPY schemas/ schemas/
COPY src/ src/
RUN dotnet publish src/WireIngest/WireIngest.csproj -c Release -o /app --nologo \
    && rm -f /app/*.dbg

# The native executable needs only what runtime-deps has: glibc, libstdc++, OpenSSL, ICU (for culture-aware text), zlib.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY samples/inbox/ /app/samples/inbox/
# The SQLite store (and its -wal/-shm files) lives in data/ (relative paths resolve against the working directory, /app): give it
# to the unprivileged user and mount a volume there to keep state across containers. Drop folders belong on volumes too.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
# Works with a read-only root filesystem (docker run --read-only --tmpfs /tmp -v wireingest-data:/app/data): logs go to stdout,
# the runtime opens no diagnostics IPC socket, SQLite and .NET temporary files go to TMPDIR.
ENV DOTNET_EnableDiagnostics=0 \
    TMPDIR=/tmp \
    WireIngest__Health__Port=8080
EXPOSE 8080
VOLUME ["/app/data"]
USER $APP_UID
# The image has no curl or wget: the worker probes its own /healthz (exit 0 on 200, 1 otherwise).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/wireingest", "probe"]
# SIGTERM: the documents in flight finish within WireIngest__Pipeline__ShutdownTimeout (25 s); give the container longer
# than that to stop (docker run --stop-timeout 30, compose stop_grace_period: 30s), Docker's default is 10 s.
STOPSIGNAL SIGTERM
ENTRYPOINT ["./wireingest"]
CMD ["run"]
