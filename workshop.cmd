@echo off
rem The learner's command on Windows: workshop check step-1, workshop watch, workshop --help, ...
rem
rem This script only starts it, as the bash script `workshop` does elsewhere. The first time, it
rem builds the workshop's tools with the Maven wrapper; then it hands every command to the tools'
rem CLI (workshop.kit.cli.WorkshopCli), which does the rest.
setlocal
cd /d "%~dp0"

where java >nul 2>nul
if errorlevel 1 (
  echo Java is not installed ^(or not on PATH^). Install a JDK 17 or newer, e.g. from https://adoptium.net, then try again. 1>&2
  exit /b 1
)

set FRESH=false
if not exist "workshop-kit\cli\target\lib\" goto build
if not exist "workshop-kit\cli\target\workshop-cli.jar" goto build
goto run

:build
echo Building the workshop's tools ^(once; the first time also downloads Maven and the libraries^) ... 1>&2
rem MavenProgress runs mvnw.cmd and says how far it is: the module it builds, what it has downloaded.
java workshop-kit/cli/src/main/java/workshop/kit/tools/MavenProgress.java -pl workshop-kit/cli,workshop-kit/charts,workshop-kit/localstack -am install -Dmaven.test.skip=true -Dspotless.check.skip=true
if errorlevel 1 (
  echo The build failed ^(above^). With a JDK 17+ installed ^(not only a JRE^) and Maven Central reachable, run workshop again. 1>&2
  exit /b 1
)
set FRESH=true

:run
rem As in workshop: the tools' class-data-sharing archive (see ToolsArchive), the JIT's quick compiler.
set JSA=workshop-kit\cli\target\workshop-tools.jsa
set CDS=-Xshare:auto
if "%~1"=="check" if not exist "%JSA%.*" set CDS=-XX:ArchiveClassesAtExit=%JSA%.%RANDOM%
if exist "%JSA%" set CDS=-XX:SharedArchiveFile=%JSA%
set JIT=-XX:TieredStopAtLevel=1
if "%~1"=="compare" set JIT=-XX:+TieredCompilation
java %CDS% -Xlog:cds*=off %JIT% -Dworkshop.root="%CD%" -Dworkshop.tools.fresh=%FRESH% -cp "workshop-kit\cli\target\workshop-cli.jar;workshop-kit\grading\target\workshop-grading.jar;workshop-kit\backends\target\workshop-backends.jar;account-service\target\account-service.jar;workshop-kit\cli\target\lib\*" workshop.kit.cli.WorkshopCli %*
exit /b %ERRORLEVEL%
