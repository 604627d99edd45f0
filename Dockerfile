# Build: the app's jar, tests skipped (CI runs them). Run: a JRE, a non-root user, a health check.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests && cp target/leagueplan-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system leagueplan && useradd --system --gid leagueplan --home /app leagueplan \
    && apt-get update -qq && apt-get install -y -qq --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER leagueplan
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
