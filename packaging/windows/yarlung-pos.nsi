; Yarlung POS — Windows installer (NSIS 3, Modern UI 2).  How to build: packaging/windows/README.md.
;
;   makensis /DVERSION=0.1.0 packaging\windows\yarlung-pos.nsi
;
; Installs the PyInstaller folder (dist\yarlung-pos\, made by packaging\yarlung-pos.spec) into
; "C:\Program Files\Yarlung POS", with Start-menu and desktop shortcuts to the till
; (yarlung-pos-till.exe, no console) and an uninstaller listed in Settings → Apps
; ("Add or remove programs").  The uninstaller removes the program only: the till's data folder,
; %LOCALAPPDATA%\yarlung-pos (yarlung-pos.db — the sales — and settings.ini), is kept.
;
; Defines (makensis /DNAME=VALUE): VERSION (default 0.1.0), BUNDLE (the folder to install,
; default ..\..\dist\yarlung-pos beside this script), OUTFILE (default
; ..\..\dist\yarlung-pos-<VERSION>-windows-x64-setup.exe).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"

!define APPNAME "Yarlung POS"
!define APPID "yarlung-pos"
!define PUBLISHER "Yarlung Youxuan cooperative hall"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "${__FILEDIR__}\..\..\dist\yarlung-pos"
!endif
!ifndef OUTFILE
  !define OUTFILE "${__FILEDIR__}\..\..\dist\yarlung-pos-${VERSION}-windows-x64-setup.exe"
!endif
; the till's window, started by the shortcuts; yarlung-pos.exe is the command line
!define TILL_EXE "yarlung-pos-till.exe"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "Software\${APPID}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Apache-2.0"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${TILL_EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; NSIS has no Tibetan: the installer speaks Chinese or English (the till itself all three)
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsWin10 ${LANG_ENGLISH} "${APPNAME} needs 64-bit Windows 10 (version 1809 or later) or Windows 11."
LangString NeedsWin10 ${LANG_SIMPCHINESE} "${APPNAME} 需要 64 位 Windows 10（1809 或更新版本）或 Windows 11。"
LangString DataKept ${LANG_ENGLISH} "The till's data (sales, settings) stays in $LOCALAPPDATA\${APPID}."
LangString DataKept ${LANG_SIMPCHINESE} "收银数据（销售、设置）保留在 $LOCALAPPDATA\${APPID}。"

Function .onInit
  ; Windows 10 1809 is build 17763
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastBuild} 17763
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWin10)"
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Yarlung POS" SecMain
  SectionIn RO
  SetShellVarContext all
  ; an older version's files go first (its data folder is elsewhere and untouched)
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${TILL_EXE}" "" "$INSTDIR\${TILL_EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${TILL_EXE}" "" "$INSTDIR\${TILL_EXE}" 0

  WriteRegStr HKLM "Software\${APPID}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${TILL_EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  ; only what the installer put there (never RMDir /r $INSTDIR: it may be a folder the user chose)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\yarlung-pos.exe"
  Delete "$INSTDIR\${TILL_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "Software\${APPID}"
  ; The data folder is NOT removed: %LOCALAPPDATA%\yarlung-pos holds yarlung-pos.db (the hall's
  ; sales, shifts and stock, not yet all sent to the county perhaps) and settings.ini.
  DetailPrint "$(DataKept)"
SectionEnd
