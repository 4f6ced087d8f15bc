#Requires -Version 5.1
<#
.SYNOPSIS
  庶務台帳の Windows 版(アプリイメージ、ポータブル版 zip、インストーラー MSI)を作ります。

.DESCRIPTION
  Windows PC で、リポジトリのどこからでも次の 1 行で実行します(各手順の説明は installer/README.md):

      powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

  1. 道具の確認: JDK 17(JAVA_HOME。jlink と jpackage を含む)、Maven、WiX Toolset 3(candle.exe と light.exe)
  2. mvn -B -Pappimage verify: テスト、Windows 用 JavaFX を含む jar、jlink の実行環境、アプリイメージ、
     ポータブル版 zip、アプリイメージの起動確認(AppImageSmokeIT)
  3. jpackage --type msi: アプリイメージから、ユーザーごとに入る(管理者権限の要らない)MSI を作る
  4. できたファイルの大きさと SHA-256 を表示する

  できるもの: target\dist\ShomuLedger-<版>.msi と target\dist\ShomuLedger-<版>-windows-x64-portable.zip

.PARAMETER SkipTests
  単体テストを省きます(アプリイメージの起動確認は必ず行います)。

.PARAMETER MenuGroup
  スタートメニューのフォルダ名。既定は「庶務台帳」。
#>
[CmdletBinding()]
param(
    [switch]$SkipTests,
    [string]$MenuGroup = '庶務台帳'
)

$ErrorActionPreference = 'Stop'
# 版を上げても同じ値のまま。MSI はこの値で「同じ製品の新しい版」と判断し、古い版を置き換える(変えないこと)。
$UpgradeUuid = '2a3fa766-4772-4d91-b558-453725acc4f8'

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

function Step([string]$text) { Write-Host "`n== $text" -ForegroundColor Cyan }

# Runs a program and stops on a non-zero exit code. Inside the function, a program's messages on stderr (Maven and
# jpackage warnings) are only shown, never taken as a PowerShell error.
function Invoke-Tool([string]$exe, [string[]]$arguments) {
    $ErrorActionPreference = 'Continue'
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe が失敗しました(終了コード $LASTEXITCODE)。" }
}

function Require-Tool([string]$name, [string]$hint) {
    if (-not (Get-Command $name -ErrorAction SilentlyContinue)) {
        throw "$name が見つかりません。$hint"
    }
}

Step '1/4 道具の確認'
if (-not $env:JAVA_HOME -or -not (Test-Path (Join-Path $env:JAVA_HOME 'bin\jpackage.exe'))) {
    throw 'JAVA_HOME に JDK 17 のフォルダ(bin\jpackage.exe があるもの)を設定してください。'
}
$jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
Write-Host "JDK: $env:JAVA_HOME"
Require-Tool 'mvn' 'Apache Maven 3.8 以上を入れ、bin を PATH に追加してください。'
Require-Tool 'candle.exe' 'WiX Toolset 3(3.11 または 3.14)を入れ、bin を PATH に追加してください(MSI の作成に使います)。'
Require-Tool 'light.exe' 'WiX Toolset 3 の bin を PATH に追加してください。'
$version = ([xml](Get-Content -Encoding UTF8 (Join-Path $root 'pom.xml'))).project.version
Write-Host "版: $version"

Step '2/4 アプリイメージとポータブル版(mvn -Pappimage verify)'
$mvnArgs = @('-B', '-Pappimage', 'verify')
if ($SkipTests) { $mvnArgs += '-Dappimage.skipUnitTests=true' }
Invoke-Tool 'mvn' $mvnArgs
$image = Join-Path $root 'target\appimage\ShomuLedger'
$dist = Join-Path $root 'target\dist'
if (-not (Test-Path (Join-Path $image 'ShomuLedger.exe'))) { throw "アプリイメージがありません: $image" }

Step '3/4 インストーラー(jpackage --type msi)'
Get-ChildItem $dist -Filter '*.msi' -ErrorAction SilentlyContinue | Remove-Item
Invoke-Tool $jpackage @(
    '--type', 'msi',
    '--app-image', $image,
    '--name', 'ShomuLedger',
    '--app-version', $version,
    '--vendor', 'Shomu Ledger',
    '--description', '庶務台帳(総務事務センター業務台帳)',
    '--win-per-user-install',
    '--win-menu', '--win-menu-group', $MenuGroup,
    '--win-shortcut',
    '--win-upgrade-uuid', $UpgradeUuid,
    '--dest', $dist)

Step '4/4 できたファイル'
Get-ChildItem $dist -File | ForEach-Object {
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $_.FullName).Hash.ToLower()
    '{0,-52} {1,8:N1} MB  {2}' -f $_.Name, ($_.Length / 1MB), $hash
}
'アプリイメージ: {0:N1} MB' -f ((Get-ChildItem $image -Recurse -File | Measure-Object Length -Sum).Sum / 1MB)
'引継ぎ資料に入れるには: java -jar target\shomu-ledger.jar handover --ledger 台帳 --out 出力先(target\dist から自動で同梱)'
