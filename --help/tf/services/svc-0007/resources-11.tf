resource "aws_iam_role" "r11_0" {
  name = "${local.name}-11-0"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 46085 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r11_1" {
  name = "${local.name}-11-1"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 83248 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r11_2" {
  name = "${local.name}-11-2"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 97223 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r11_3" {
  name = "${local.name}-11-3"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 71465 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r11_4" {
  name = "${local.name}-11-4"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 46833 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r11_5" {
  name = "${local.name}-11-5"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 85067 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r11_6" {
  name = "${local.name}-11-6"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 45570 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r11_7" {
  name = "${local.name}-11-7"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 46156 for benchmarks; mentions 0.0.0.0/0 only in text"
}

