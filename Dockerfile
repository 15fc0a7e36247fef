# Multi-stage build of the wireingest worker. The operations issue hardens it further (health check, volumes).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props global.json WireIngest.sln appsettings.json ./
COPY schemas/ schemas/
COPY src/ src/
RUN dotnet publish src/WireIngest/WireIngest.csproj -c Release -o /app --nologo

# aspnet, not runtime: the health endpoint runs on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY samples/inbox/ /app/samples/inbox/
# The SQLite store lives in data/ (relative paths resolve against the working directory, /app): give it to the
# image's unprivileged user and mount a volume there to keep state across containers.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME ["/app/data"]
USER $APP_UID
ENTRYPOINT ["./wireingest"]
CMD ["run"]
