//! A game host: the creatures' behaviour is a Python script, the world and the frame loop are
//! Rust.
//!
//! - `Vec2` is a Rust type made into a Python class (constructor, getters, `+ - *`, methods,
//!   `repr`), so scripts do vector maths with the host's own type;
//! - host functions let scripts query and change the world (`player()`, `position(id)`,
//!   `move_to(id, pos)`) and register creatures (`spawn(name, pos, update)`);
//! - each creature's `update(dt)` is a script callback the host keeps as a handle and calls every
//!   frame from its Rust loop.
//!
//! `cargo run --release --example game_host`

use std::sync::{Arc, Mutex};

use pyrite::{Engine, Error, Handle};

/// The host's 2-D vector, shared with scripts as the class `Vec2`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

// The class is named `Vec2` in scripts; instances cross to Rust as copies (`clone`).
pyrite::host_type!(Vec2, clone);

impl Vec2 {
    fn new(x: f64, y: f64) -> Vec2 {
        Vec2 { x, y }
    }

    fn length(&self) -> f64 {
        self.x.hypot(self.y)
    }

    fn normalized(&self) -> Vec2 {
        let len = self.length();
        if len == 0.0 {
            *self
        } else {
            Vec2::new(self.x / len, self.y / len)
        }
    }

    fn rotated(&self, angle: f64) -> Vec2 {
        let (sin, cos) = angle.sin_cos();
        Vec2::new(self.x * cos - self.y * sin, self.x * sin + self.y * cos)
    }
}

/// One creature: where it is and the script callback that moves it.
struct Entity {
    name: String,
    pos: Vec2,
    update: Handle,
}

/// The world the host owns. Host functions reach it through an `Arc<Mutex<_>>`; the frame loop
/// never holds the lock while script code runs (scripts call back into the world).
struct World {
    player: Vec2,
    entities: Vec<Entity>,
}

const FRAMES: usize = 60;
const DT: f64 = 0.1;

fn main() {
    if let Err(e) = run() {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Error> {
    let world = Arc::new(Mutex::new(World {
        player: Vec2::new(8.0, 0.0),
        entities: Vec::new(),
    }));
    let mut engine = Engine::new();

    engine
        .register_type::<Vec2>()
        .constructor(Vec2::new)
        .getter("x", |v: &Vec2| v.x)
        .getter("y", |v: &Vec2| v.y)
        .method("__add__", |a: &Vec2, b: Vec2| Vec2::new(a.x + b.x, a.y + b.y))
        .method("__sub__", |a: &Vec2, b: Vec2| Vec2::new(a.x - b.x, a.y - b.y))
        .method("__mul__", |a: &Vec2, k: f64| Vec2::new(a.x * k, a.y * k))
        .method("__eq__", |a: &Vec2, b: Vec2| *a == b)
        .method("__repr__", |v: &Vec2| format!("Vec2({:.2}, {:.2})", v.x, v.y))
        .method("length", Vec2::length)
        .method("normalized", Vec2::normalized)
        .method("rotated", Vec2::rotated);

    let w = world.clone();
    engine.register_fn("spawn", move |name: String, pos: Vec2, update: Handle| -> usize {
        let mut world = w.lock().unwrap();
        world.entities.push(Entity { name, pos, update });
        world.entities.len() - 1
    });
    let w = world.clone();
    engine.register_fn("player", move || w.lock().unwrap().player);
    let w = world.clone();
    engine.register_fn("position", move |id: usize| -> Result<Vec2, String> {
        let world = w.lock().unwrap();
        world
            .entities
            .get(id)
            .map(|e| e.pos)
            .ok_or_else(|| format!("no entity {id}"))
    });
    let w = world.clone();
    engine.register_fn("move_to", move |id: usize, pos: Vec2| -> Result<(), String> {
        let mut world = w.lock().unwrap();
        let entity = world.entities.get_mut(id).ok_or_else(|| format!("no entity {id}"))?;
        entity.pos = pos;
        Ok(())
    });

    engine.run_source(include_str!("game/entities.py"), "examples/game/entities.py")?;

    for frame in 1..=FRAMES {
        // The player walks left; then every creature takes its turn.
        let callbacks: Vec<Handle> = {
            let mut world = world.lock().unwrap();
            world.player.x -= 0.05;
            world.entities.iter().map(|e| e.update.clone()).collect()
        };
        for update in &callbacks {
            update.call::<()>(&mut engine, (DT,))?;
        }
        if frame % 20 == 0 {
            let world = world.lock().unwrap();
            let places: Vec<String> = world
                .entities
                .iter()
                .map(|e| format!("{} ({:.2}, {:.2})", e.name, e.pos.x, e.pos.y))
                .collect();
            println!(
                "frame {frame}: player ({:.2}, {:.2}); {}",
                world.player.x,
                world.player.y,
                places.join(", ")
            );
        }
    }
    Ok(())
}
