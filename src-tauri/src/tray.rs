//! The tray: Open and Quit, in the resident's language. With the window closed, Machi keeps running here so that
//! alerts still arrive. (On Linux a tray icon shows only with a menu, and a click on the icon itself does nothing.)

use machi_core::Machi;
use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

/// The tray's menu items, kept so that their words follow the resident's language.
struct TrayMenu<R: Runtime> {
    open: MenuItem<R>,
    quit: MenuItem<R>,
}

pub fn install<R: Runtime>(app: &tauri::App<R>) -> tauri::Result<()> {
    if !appindicator_present() {
        // Without the library the tray would abort the app; Machi still runs, with its window.
        eprintln!("machi-app: no libayatana-appindicator3 here: no tray icon");
        return Ok(());
    }
    let machi = app.state::<Machi>();
    let open = MenuItem::with_id(
        app,
        "open",
        machi.text("tray-open", &[]),
        true,
        None::<&str>,
    )?;
    let quit = MenuItem::with_id(
        app,
        "quit",
        machi.text("tray-quit", &[]),
        true,
        None::<&str>,
    )?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut tray = TrayIconBuilder::with_id("machi")
        .menu(&menu)
        .tooltip(machi.text("app-name", &[]));
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.on_menu_event(|app, event| match event.id.as_ref() {
        "open" => crate::window::show_main(app),
        // exit() does not go through CloseRequested, so keeping the window alive never blocks Quit.
        "quit" => app.exit(0),
        _ => {}
    })
    .build(app)?;
    app.manage(TrayMenu { open, quit });
    Ok(())
}

/// Words the tray in the resident's language again (after they change it in Settings).
pub fn relabel<R: Runtime>(app: &AppHandle<R>) {
    let Some(menu) = app.try_state::<TrayMenu<R>>() else {
        return;
    };
    let machi = app.state::<Machi>();
    let relabelled = menu
        .open
        .set_text(machi.text("tray-open", &[]))
        .and_then(|_| menu.quit.set_text(machi.text("tray-quit", &[])))
        .and_then(|_| match app.tray_by_id("machi") {
            Some(tray) => tray.set_tooltip(Some(machi.text("app-name", &[]))),
            None => Ok(()),
        });
    if let Err(e) = relabelled {
        eprintln!("machi-app: tray labels: {e}");
    }
}

/// The tray library is loaded at run time and its absence would panic; look before leaping.
fn appindicator_present() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    ["/usr/lib", "/usr/lib64", "/usr/local/lib"]
        .iter()
        .any(|root| {
            std::fs::read_dir(root)
                .into_iter()
                .flatten()
                .flatten()
                .any(|entry| {
                    let dir = entry.path();
                    ["libayatana-appindicator3.so.1", "libappindicator3.so.1"]
                        .iter()
                        .any(|lib| {
                            dir.join(lib).exists() || std::path::Path::new(root).join(lib).exists()
                        })
                })
        })
}
