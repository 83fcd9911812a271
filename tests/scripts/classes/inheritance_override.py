class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
    def describe(self):
        return self.speak() + " (" + self.kind() + ")"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!!"
    def kind(self):
        return "puppy, a " + Dog.kind(self)
class Cat(Animal):
    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor
    sound = "meow"
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(a.describe())
    print(" ", isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Puppy), isinstance(a, Cat))
c = Cat("kit", False)
print(c.indoor, c.name, c.sound, Cat.sound, Animal.sound)
print(Puppy.sound, Puppy("p").kind(), Animal.kind(Puppy("q")))
