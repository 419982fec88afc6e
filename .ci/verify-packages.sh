#!/usr/bin/env bash
# Inspects the produced .nupkg/.snupkg files and fails when anything the packages promise is missing.
set -uo pipefail
dir="${1:-artifacts/packages}"
# The version comes from one place, src/Directory.Build.props (or $VERSION).
version="${VERSION:-$(dotnet msbuild "$(dirname "$0")/../src/Summit.Core/Summit.Core.csproj" -getProperty:Version 2>/dev/null | tr -d '[:space:]')}"
[ -n "$version" ] || { echo "verify: cannot read the version (dotnet msbuild -getProperty:Version)"; exit 1; }
problems=0
say() { echo "verify: $*"; }
bad() { echo "verify: MISSING: $*"; problems=$((problems + 1)); }

list() { if command -v unzip >/dev/null; then unzip -Z1 "$1"; else python3 -c 'import sys,zipfile;print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi; }
cat_entry() { if command -v unzip >/dev/null; then unzip -p "$1" "$2"; else python3 -c 'import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$1" "$2"; fi; }

check() {
  local id="$1" kind="$2"
  local pkg="$dir/$id.$version.nupkg" sym="$dir/$id.$version.snupkg"
  [ -f "$pkg" ] || { bad "$pkg"; return; }
  # The tool's top-level package only points at its RID-specific packages: no code, so no symbols of its own.
  [ "$kind" = tool ] || [ -f "$sym" ] || bad "symbol package $sym"
  local files nuspec
  files=$(list "$pkg")
  nuspec=$(cat_entry "$pkg" "$id.nuspec")
  grep -q "<id>$id</id>" <<<"$nuspec" || bad "$id: id"
  grep -q "<version>$version</version>" <<<"$nuspec" || bad "$id: version $version"
  grep -q "<authors>[^<]\+</authors>" <<<"$nuspec" || bad "$id: authors"
  grep -q "<description>[^<]\{40,\}</description>" <<<"$nuspec" || bad "$id: a real description"
  grep -q "<tags>[^<]\+</tags>" <<<"$nuspec" || bad "$id: tags"
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || bad "$id: MIT licence expression"
  grep -q "<icon>icon.png</icon>" <<<"$nuspec" || bad "$id: icon"
  grep -q "<readme>README.md</readme>" <<<"$nuspec" || bad "$id: readme"
  grep -Eq '<repository type="git" url="https://[^"]+"( branch="[^"]*")? commit="[0-9a-f]{40}"' <<<"$nuspec" || bad "$id: repository url and commit (SourceLink)"
  grep -qx "icon.png" <<<"$files" || bad "$id: icon.png in package"
  grep -qx "README.md" <<<"$files" || bad "$id: README.md in package"
  case "$kind" in
    lib)
      grep -qx "lib/net10.0/$id.dll" <<<"$files" || bad "$id: lib/net10.0/$id.dll"
      grep -qx "lib/net10.0/$id.xml" <<<"$files" || bad "$id: XML docs lib/net10.0/$id.xml"
      ;;
    tool)
      # Summit.Cli: the package `dotnet tool install Summit.Cli` finds; it names the RID-specific packages.
      grep -q '<packageType name="DotnetTool"' <<<"$nuspec" || bad "$id: DotnetTool package type"
      grep -qx "tools/any/any/DotnetToolSettings.xml" <<<"$files" || bad "$id: tools/any/any/DotnetToolSettings.xml"
      if ! grep -q '\.dll$' <<<"$files"; then :; else bad "$id: the pointer package holds no assemblies"; fi
      settings=$(cat_entry "$pkg" "tools/any/any/DotnetToolSettings.xml")
      grep -q 'Command Name="summit"' <<<"$settings" || bad "$id: command name summit"
      grep -q 'RuntimeIdentifier="linux-x64" Id="Summit.Cli.linux-x64"' <<<"$settings" || bad "$id: points at Summit.Cli.linux-x64"
      grep -q 'RuntimeIdentifier="any" Id="Summit.Cli.any"' <<<"$settings" || bad "$id: points at the framework-dependent Summit.Cli.any"
      ;;
    tool-any)
      # Summit.Cli.any: the framework-dependent fallback for every platform without a native package.
      grep -q '<packageType name="DotnetToolRidPackage"' <<<"$nuspec" || bad "$id: DotnetToolRidPackage package type"
      grep -qx "tools/net10.0/any/summit.dll" <<<"$files" || bad "$id: tools/net10.0/any/summit.dll"
      grep -qx "tools/net10.0/any/Summit.Core.dll" <<<"$files" || bad "$id: tools/net10.0/any/Summit.Core.dll"
      grep -qx "tools/net10.0/any/DotnetToolSettings.xml" <<<"$files" || bad "$id: DotnetToolSettings.xml"
      settings=$(cat_entry "$pkg" "tools/net10.0/any/DotnetToolSettings.xml")
      grep -q 'Command Name="summit" EntryPoint="summit.dll" Runner="dotnet"' <<<"$settings" || bad "$id: command summit runs summit.dll with dotnet"
      ;;
    tool-native)
      # Summit.Cli.linux-x64: the Native AOT executable, no managed assemblies.
      grep -q '<packageType name="DotnetToolRidPackage"' <<<"$nuspec" || bad "$id: DotnetToolRidPackage package type"
      grep -qx "tools/any/linux-x64/summit" <<<"$files" || bad "$id: native tools/any/linux-x64/summit"
      if grep -q '\.dll$' <<<"$files"; then bad "$id: a native package holds no .dll ($(grep '\.dll$' <<<"$files" | tr '\n' ' '))"; fi
      grep -qx "tools/any/linux-x64/DotnetToolSettings.xml" <<<"$files" || bad "$id: DotnetToolSettings.xml"
      settings=$(cat_entry "$pkg" "tools/any/linux-x64/DotnetToolSettings.xml")
      grep -q 'Command Name="summit" EntryPoint="summit" Runner="executable"' <<<"$settings" || bad "$id: command summit runs the executable ($settings)"
      ;;
  esac
  if [ -f "$sym" ]; then
    symfiles=$(list "$sym"); grep -Eq "\.(pdb|dbg)$" <<<"$symfiles" || bad "$id: pdb (or native .dbg) in symbol package"
  fi
  say "$id $version checked"
}

check Summit.Core lib
check Summit.Core.Testing lib
check Summit.Core.Forms lib
check Summit.Core.Scheduling.OrTools lib
check Summit.Cli tool
check Summit.Cli.any tool-any
check Summit.Cli.linux-x64 tool-native

# Summit.Core depends on NodaTime, FluentResults and the M.E.* abstractions (DI, Options, Configuration) only.
deps=$(cat_entry "$dir/Summit.Core.$version.nupkg" Summit.Core.nuspec | grep -o '<dependency id="[^"]*"' | sed 's/.*id="//; s/"//' | sort -u | tr '\n' ' ')
[ "$deps" = "FluentResults Microsoft.Extensions.Configuration.Abstractions Microsoft.Extensions.DependencyInjection.Abstractions Microsoft.Extensions.Options NodaTime " ] || bad "Summit.Core dependencies are exactly NodaTime, FluentResults, M.E.DI.Abstractions, M.E.Options and M.E.Configuration.Abstractions (found: $deps)"
# Summit.Core.Testing brings NodaTime.Testing (FakeClock) and FsCheck (arbitraries) to its users.
tdeps=$(cat_entry "$dir/Summit.Core.Testing.$version.nupkg" Summit.Core.Testing.nuspec | grep -o '<dependency id="[^"]*"' | sed 's/.*id="//; s/"//' | sort -u | tr '\n' ' ')
for d in FsCheck NodaTime.Testing Summit.Core; do grep -qw "$d" <<<"$tdeps" || bad "Summit.Core.Testing depends on $d (found: $tdeps)"; done

# Summit.Core.Forms adds CsvHelper and nothing else (see docs/decisions/0008).
fdeps=$(cat_entry "$dir/Summit.Core.Forms.$version.nupkg" Summit.Core.Forms.nuspec | grep -o '<dependency id="[^"]*"' | sed 's/.*id="//; s/"//' | sort -u | tr '\n' ' ')
[ "$fdeps" = "CsvHelper Summit.Core " ] || bad "Summit.Core.Forms dependencies are exactly Summit.Core and CsvHelper (found: $fdeps)"

# Summit.Core.Scheduling.OrTools is the only package with the native solver: Summit.Core, OR-Tools (with the Protobuf
# floor it needs) and the DI abstractions of AddCpSatPacker, nothing else (see docs/decisions/0012).
odeps=$(cat_entry "$dir/Summit.Core.Scheduling.OrTools.$version.nupkg" Summit.Core.Scheduling.OrTools.nuspec | grep -o '<dependency id="[^"]*"' | sed 's/.*id="//; s/"//' | sort -u | tr '\n' ' ')
[ "$odeps" = "Google.OrTools Google.Protobuf Microsoft.Extensions.DependencyInjection.Abstractions Summit.Core " ] || bad "Summit.Core.Scheduling.OrTools dependencies are exactly Summit.Core, Google.OrTools, Google.Protobuf and M.E.DI.Abstractions (found: $odeps)"

if [ "$problems" -ne 0 ]; then
  echo "verify: $problems problem(s)"
  exit 1
fi
echo "verify: all packages complete"
