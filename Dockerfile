# Multi-stage build of the wireingest worker. The operations issue hardens it further (health check, volumes).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props global.json WireIngest.sln appsettings.json ./
COPY schemas/ schemas/
COPY src/ src/
RUN dotnet publish src/WireIngest/WireIngest.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY samples/inbox/ /app/samples/inbox/
# Run as the image's unprivileged user; relative paths (samples/inbox, data/) resolve against /app.
USER $APP_UID
ENTRYPOINT ["./wireingest"]
CMD ["run"]
