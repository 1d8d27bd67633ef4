resource "aws_lambda_function" "r11_0" {
  name = "${local.name}-11-0"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 26914 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r11_1" {
  name = "${local.name}-11-1"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 80642 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r11_2" {
  name = "${local.name}-11-2"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 5277 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r11_3" {
  name = "${local.name}-11-3"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 96847 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r11_4" {
  name = "${local.name}-11-4"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 92989 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r11_5" {
  name = "${local.name}-11-5"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 16907 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r11_6" {
  name = "${local.name}-11-6"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 96425 for benchmarks; mentions 0.0.0.0/0 only in text"
}

