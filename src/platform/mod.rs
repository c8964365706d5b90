//! The browser calls that are not fetching: focus and the like. Views call these only from
//! event handlers and effects, never while rendering, so the same views render on the host.

/// Moves keyboard focus to the element with `id`, if there is one.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
